/*
 * Machine-mode trap entry: save every integer register in a frame on the stack
 * and report the trap (trap.c). Nothing returns from here yet.
 */
  .section .text.hx_trap_entry, "ax", @progbits
  .global hx_trap_entry
  .align 4
hx_trap_entry:
  addi sp, sp, -256
  .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  sd x\n, (\n * 8)(sp)
  .endr
  addi t0, sp, 256          /* sp as it was when the trap hit */
  sd t0, 16(sp)
  mv a0, sp
  csrr a1, mcause
  csrr a2, mepc
  csrr a3, mtval
  call hx_riscv_trap
1:
  j 1b
