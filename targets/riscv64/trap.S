/*
 * Machine-mode trap entry. Every integer register is saved in a frame on the
 * stack. An interrupt (mcause's top bit) also saves the caller-saved FP
 * registers, is handled by hx_riscv_interrupt (trap.c) and returns with mret;
 * an exception is reported (trap.c) and never returns.
 */
  .section .text.hx_trap_entry, "ax", @progbits
  .global hx_trap_entry
  .align 4
#define FRAME 512
#define FP_AREA 256
hx_trap_entry:
  addi sp, sp, -FRAME
  .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  sd x\n, (\n * 8)(sp)
  .endr
  csrr a0, mcause
  bltz a0, .Linterrupt
  addi t0, sp, FRAME        /* sp as it was when the trap hit */
  sd t0, 16(sp)
  mv a0, sp
  csrr a1, mcause
  csrr a2, mepc
  csrr a3, mtval
  call hx_riscv_trap
1:
  j 1b

.Linterrupt:
#if defined(__riscv_flen) && __riscv_flen >= 64
  /* ft0-ft7, fa0-fa7, ft8-ft11 and fcsr: what C code may change without saving */
  .irp n, 0,1,2,3,4,5,6,7,10,11,12,13,14,15,16,17,28,29,30,31
  fsd f\n, (FP_AREA + \n * 8)(sp)
  .endr
  frcsr t0
  sd t0, (FP_AREA + 8 * 8)(sp)   /* the slot of f8 (fs0, callee-saved, not saved here) */
#endif
  call hx_riscv_interrupt
#if defined(__riscv_flen) && __riscv_flen >= 64
  ld t0, (FP_AREA + 8 * 8)(sp)
  fscsr t0
  .irp n, 0,1,2,3,4,5,6,7,10,11,12,13,14,15,16,17,28,29,30,31
  fld f\n, (FP_AREA + \n * 8)(sp)
  .endr
#endif
  .irp n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  ld x\n, (\n * 8)(sp)
  .endr
  addi sp, sp, FRAME
  mret
