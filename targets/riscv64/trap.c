/* RISC-V trap decoding for the crash report. */
#include <stdint.h>

#include "crash.h"

static const char *cause_name(uint64_t mcause) {
  if (mcause >> 63) return "unexpected interrupt";
  switch (mcause) {
    case 0: return "instruction address misaligned";
    case 1: return "instruction access fault";
    case 2: return "illegal instruction";
    case 3: return "breakpoint";
    case 4: return "load address misaligned";
    case 5: return "load access fault";
    case 6: return "store address misaligned";
    case 7: return "store access fault";
    case 8: return "environment call from U-mode";
    case 9: return "environment call from S-mode";
    case 11: return "environment call from M-mode";
    case 12: return "instruction page fault";
    case 13: return "load page fault";
    case 15: return "store page fault";
    default: return "unknown exception";
  }
}

static const char *const abi_names[32] = {
  "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
  "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

__attribute__((noreturn)) void hx_riscv_trap(const uint64_t *frame, uint64_t mcause, uint64_t mepc, uint64_t mtval) {
  hx_reg regs[33];
  int n = 0;
  regs[n++] = (hx_reg){ "mcause", mcause };
  regs[n++] = (hx_reg){ "mtval", mtval };
  for (int i = 1; i < 32; i++) regs[n++] = (hx_reg){ abi_names[i], frame[i] };
  hx_crash(cause_name(mcause), 0, mepc, regs, n);
}

/* The machine timer and software interrupts (the board's timer driver, e.g. clint-mtime.c). */
void hx_riscv_timer_interrupt(void);
void hx_riscv_soft_interrupt(void);
/* The machine external interrupt (the board's interrupt controller driver, e.g. plic.c). */
__attribute__((weak)) void hx_riscv_external_interrupt(void) {
  hx_crash("unexpected external interrupt", 0, 0, 0, 0);
}

void hx_riscv_interrupt(uint64_t mcause) {
  if ((mcause & 0xff) == 7) {
    hx_riscv_timer_interrupt();
    return;
  }
  if ((mcause & 0xff) == 3) {
    hx_riscv_soft_interrupt();
    return;
  }
  if ((mcause & 0xff) == 11) {
    hx_riscv_external_interrupt();
    return;
  }
  hx_crash("unexpected interrupt", 0, 0, 0, 0);
}
