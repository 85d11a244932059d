/*
 * Reset handler for Cortex-M: stack, FPU access, .data copy, .bss clear, then
 * the kernel. The vector table (vectors.c) points here.
 */
  .syntax unified
  .thumb

  .section .text.hx_reset, "ax", %progbits
  .global hx_reset
  .type hx_reset, %function
  .thumb_func
hx_reset:
  ldr r0, =_hx_stack_top
  msr msp, r0

#if defined(__ARM_FP)
  /* Grant full access to CP10/CP11 (the FPU) before any float instruction runs. */
  ldr r0, =0xE000ED88
  ldr r1, [r0]
  orr r1, r1, #(0xF << 20)
  str r1, [r0]
  dsb
  isb
#endif

  ldr r0, =_hx_data_start
  ldr r1, =_hx_data_end
  ldr r2, =_hx_data_load
1:
  cmp r0, r1
  bhs 2f
  ldr r3, [r2], #4
  str r3, [r0], #4
  b 1b
2:
  ldr r0, =_hx_bss_start
  ldr r1, =_hx_bss_end
  movs r2, #0
3:
  cmp r0, r1
  bhs 4f
  str r2, [r0], #4
  b 3b
4:
  bl hx_kernel_main
5:
  b 5b
  .size hx_reset, . - hx_reset
