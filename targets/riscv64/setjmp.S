/*
 * hx_setjmp / hx_longjmp for Wasm exceptions: the RISC-V callee-saved set
 * (ra, sp, s0-s11 and, with an FPU, fs0-fs11).
 */
  .section .text.hx_setjmp, "ax", @progbits
  .global hx_setjmp
hx_setjmp:
  sd ra, 0(a0)
  sd sp, 8(a0)
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
  sd s\n, (16 + \n * 8)(a0)
  .endr
#if defined(__riscv_flen) && __riscv_flen >= 64
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
  fsd fs\n, (112 + \n * 8)(a0)
  .endr
#endif
  li a0, 0
  ret

  .section .text.hx_longjmp, "ax", @progbits
  .global hx_longjmp
hx_longjmp:
  ld ra, 0(a0)
  ld sp, 8(a0)
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
  ld s\n, (16 + \n * 8)(a0)
  .endr
#if defined(__riscv_flen) && __riscv_flen >= 64
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
  fld fs\n, (112 + \n * 8)(a0)
  .endr
#endif
  seqz a0, a1
  add a0, a0, a1
  ret
