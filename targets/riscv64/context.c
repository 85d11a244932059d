/* A new task's first context for hx_longjmp (setjmp.S): ra and sp. */
#include "task.h"

void hx_ctx_init(hx_jmp_buf ctx, uint8_t *stack_top, void (*entry)(void)) {
  __builtin_memset(ctx, 0, sizeof(hx_jmp_buf));
  ctx[0] = (uint64_t)(uintptr_t)entry;
  ctx[1] = (uint64_t)(uintptr_t)stack_top & ~15ull;   /* the psABI keeps sp 16-byte aligned */
}
