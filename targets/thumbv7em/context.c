/* A new task's first context for hx_longjmp (setjmp.S): sp and lr in the saved r4-r11, sp, lr set. */
#include "task.h"

void hx_ctx_init(hx_jmp_buf ctx, uint8_t *stack_top, void (*entry)(void)) {
  uint32_t *words = (uint32_t *)ctx;
  __builtin_memset(ctx, 0, sizeof(hx_jmp_buf));
  words[8] = (uint32_t)(uintptr_t)stack_top & ~7u;   /* AAPCS: 8-byte aligned */
  words[9] = (uint32_t)(uintptr_t)entry;              /* the Thumb bit is already set */
}
