/*
 * Common entry for every fault: find the stacked exception frame (MSP or PSP),
 * save r4-r11 next to it, and hand both to hx_cortexm_fault() in faults.c.
 */
  .syntax unified
  .thumb

  .section .text.hx_fault_entry, "ax", %progbits
  .global hx_fault_entry
  .type hx_fault_entry, %function
  .thumb_func
hx_fault_entry:
  tst lr, #4
  ite eq
  mrseq r0, msp
  mrsne r0, psp
  mov r1, lr
  push {r4-r11}
  mov r2, sp
  bl hx_cortexm_fault
  b .
  .size hx_fault_entry, . - hx_fault_entry
