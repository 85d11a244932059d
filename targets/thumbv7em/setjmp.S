/*
 * hx_setjmp / hx_longjmp for Wasm exceptions: save and restore the AAPCS
 * callee-saved registers (r4-r11, sp, lr and, with an FPU, d8-d15).
 */
  .syntax unified
  .thumb

  .section .text.hx_setjmp, "ax", %progbits
  .global hx_setjmp
  .type hx_setjmp, %function
  .thumb_func
hx_setjmp:
  mov ip, sp
  stmia r0!, {r4-r11, ip, lr}
#if defined(__ARM_FP)
  vstmia r0!, {d8-d15}
#endif
  movs r0, #0
  bx lr
  .size hx_setjmp, . - hx_setjmp

  .section .text.hx_longjmp, "ax", %progbits
  .global hx_longjmp
  .type hx_longjmp, %function
  .thumb_func
hx_longjmp:
  ldmia r0!, {r4-r11, ip, lr}
#if defined(__ARM_FP)
  vldmia r0!, {d8-d15}
#endif
  mov sp, ip
  movs r0, r1
  bne 1f
  movs r0, #1
1:
  bx lr
  .size hx_longjmp, . - hx_longjmp
