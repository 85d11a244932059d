/*
 * Cortex-M fault decoding for the crash report: which exception, why (from the
 * configurable fault status registers), where, and the registers at the time.
 */
#include <stdint.h>

#include "crash.h"

#define SCB_CFSR (*(volatile uint32_t *)0xE000ED28)
#define SCB_HFSR (*(volatile uint32_t *)0xE000ED2C)
#define SCB_MMFAR (*(volatile uint32_t *)0xE000ED34)
#define SCB_BFAR (*(volatile uint32_t *)0xE000ED38)

static const char *exception_name(uint32_t n) {
  switch (n) {
    case 2: return "NMI";
    case 3: return "HardFault";
    case 4: return "MemManage fault";
    case 5: return "BusFault";
    case 6: return "UsageFault";
    case 11: return "unexpected SVCall";
    case 12: return "unexpected DebugMonitor";
    case 14: return "unexpected PendSV";
    case 15: return "unexpected SysTick";
    default: return n >= 16 ? "unexpected interrupt" : "reserved exception";
  }
}

/* The most specific reason the fault status registers give. */
static const char *fault_reason(uint32_t cfsr, uint32_t hfsr) {
  if (cfsr & (1u << 25)) return "integer divide by zero";
  if (cfsr & (1u << 24)) return "unaligned memory access";
  if (cfsr & (1u << 19)) return "coprocessor (FPU) access while disabled";
  if (cfsr & (1u << 18)) return "invalid PC load (bad EXC_RETURN or return address)";
  if (cfsr & (1u << 17)) return "invalid state (branch to an address without the Thumb bit)";
  if (cfsr & (1u << 16)) return "undefined instruction";
  if (cfsr & (1u << 12)) return "bus error while stacking (stack overflow?)";
  if (cfsr & (1u << 11)) return "bus error while unstacking";
  if (cfsr & (1u << 9)) return "precise data bus error (see BFAR)";
  if (cfsr & (1u << 10)) return "imprecise data bus error";
  if (cfsr & (1u << 8)) return "instruction bus error";
  if (cfsr & (1u << 4)) return "memory protection fault while stacking (stack overflow?)";
  if (cfsr & (1u << 1)) return "memory protection fault on data access (see MMFAR)";
  if (cfsr & (1u << 0)) return "memory protection fault on instruction fetch";
  if (hfsr & (1u << 1)) return "vector table read failed";
  if (hfsr & (1u << 31)) return "breakpoint with no debugger (semihosting not enabled?)";
  return 0;
}

__attribute__((noreturn)) void hx_cortexm_fault(const uint32_t *frame, uint32_t exc_return, const uint32_t *r4_r11) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  uint32_t cfsr = SCB_CFSR, hfsr = SCB_HFSR;
  /* Stack pointer before the exception: frame + basic (8 words) or extended (26) frame. */
  uint32_t frame_words = (exc_return & (1u << 4)) ? 8 : 26;
  uint32_t sp = (uint32_t)(uintptr_t)frame + frame_words * 4 + ((frame[7] & (1u << 9)) ? 4 : 0);
  hx_reg regs[] = {
    { "r0 ", frame[0] }, { "r1 ", frame[1] }, { "r2 ", frame[2] }, { "r3 ", frame[3] },
    { "r4 ", r4_r11[0] }, { "r5 ", r4_r11[1] }, { "r6 ", r4_r11[2] }, { "r7 ", r4_r11[3] },
    { "r8 ", r4_r11[4] }, { "r9 ", r4_r11[5] }, { "r10", r4_r11[6] }, { "r11", r4_r11[7] },
    { "r12", frame[4] }, { "sp ", sp }, { "lr ", frame[5] }, { "psr", frame[7] },
    { "CFSR", cfsr }, { "HFSR", hfsr }, { "MMFAR", SCB_MMFAR }, { "BFAR", SCB_BFAR },
  };
  hx_crash(exception_name(ipsr & 0x1ff), fault_reason(cfsr, hfsr), frame[6], regs, sizeof regs / sizeof regs[0]);
}
