/*
 * Reset entry for RISC-V in M-mode: park all harts but the boot hart ([cpu] hart
 * in the board file, default 0), set gp and sp,
 * install the trap vector, enable the FPU, copy .data, clear .bss, run the kernel.
 */
  .section .text.hx_reset, "ax", @progbits
  .global hx_reset
hx_reset:
#ifndef HX_BOOT_HART
#define HX_BOOT_HART 0
#endif
  csrr t0, mhartid
  li t1, HX_BOOT_HART
  bne t0, t1, 9f

  .option push
  .option norelax
  la gp, __global_pointer$
  .option pop
  la sp, _hx_stack_top

  la t0, hx_trap_entry
  csrw mtvec, t0

#if defined(__riscv_flen)
  li t0, (1 << 13)          /* mstatus.FS = Initial: floating point on */
  csrs mstatus, t0
  csrwi fcsr, 0
#endif

  la t0, _hx_data_start
  la t1, _hx_data_end
  la t2, _hx_data_load
1:
  bgeu t0, t1, 2f
  ld t3, 0(t2)
  sd t3, 0(t0)
  addi t0, t0, 8
  addi t2, t2, 8
  j 1b
2:
  la t0, _hx_bss_start
  la t1, _hx_bss_end
3:
  bgeu t0, t1, 4f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 3b
4:
  call hx_kernel_main
9:
  wfi
  j 9b
