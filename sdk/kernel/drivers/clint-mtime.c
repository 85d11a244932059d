/*
 * RISC-V CLINT: the machine timer (a free-running 64-bit counter, and the boot
 * hart's compare register for the scheduler tick) and its software interrupt.
 * Board keys: [timer] base (of mtime), hz; [cpu] hart.
 */
#include <stdint.h>

#include "port.h"
#include "task.h"

#define MTIME ((volatile uint64_t *)(uintptr_t)(HX_TIMER_BASE))
#define MTIMECMP0 ((volatile uint64_t *)(uintptr_t)(HX_TIMER_BASE - 0xBFF8u + 0x4000u + 8u * (HX_BOOT_HART)))
#define MSIP0 ((volatile uint32_t *)(uintptr_t)(HX_TIMER_BASE - 0xBFF8u + 4u * (HX_BOOT_HART)))
#define MIE_MSIE (1u << 3)
#define MIE_MTIE (1u << 7)
#define MSTATUS_MIE (1u << 3)

static uint64_t tick_period;

uint64_t hx_timer_ticks(void) {
  return *MTIME;
}

void hx_tick_start(uint32_t hz) {
  tick_period = (uint64_t)HX_TIMER_HZ / hz;
  *MTIMECMP0 = *MTIME + tick_period;
  __asm__ volatile("csrs mie, %0" : : "r"(MIE_MTIE));
  __asm__ volatile("csrs mstatus, %0" : : "r"(MSTATUS_MIE));
}

/* From the trap entry (targets/riscv64/trap.c); writing the compare register clears the interrupt. */
void hx_riscv_timer_interrupt(void) {
  *MTIMECMP0 = *MTIME + tick_period;
  hx_tick();
}

/* The software interrupt: hart 0's MSIP bit (taken at once when interrupts are on). */
void hx_raise_soft_irq(void) {
  __asm__ volatile("csrs mie, %0" : : "r"(MIE_MSIE));
  __asm__ volatile("csrs mstatus, %0" : : "r"(MSTATUS_MIE));
  *MSIP0 = 1;
}

void hx_soft_irq(void);

/* From the trap entry (targets/riscv64/trap.c). */
void hx_riscv_soft_interrupt(void) {
  *MSIP0 = 0;
  hx_soft_irq();
}
