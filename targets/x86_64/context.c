/* A new task's first context for hx_longjmp (setjmp.S): rsp and the address to jump to. */
#include "task.h"

void hx_ctx_init(hx_jmp_buf ctx, uint8_t *stack_top, void (*entry)(void)) {
  __builtin_memset(ctx, 0, sizeof(hx_jmp_buf));
  /* As if entry had been called: rsp + 8 is 16-byte aligned at its first instruction. */
  ctx[6] = ((uint64_t)(uintptr_t)stack_top & ~15ull) - 8;
  ctx[7] = (uint64_t)(uintptr_t)entry;
}
