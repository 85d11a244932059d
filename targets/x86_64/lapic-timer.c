/*
 * The scheduler tick from the local APIC timer in periodic mode, on vector 32
 * (idt.S). The legacy 8259 PICs are masked so nothing else interrupts.
 */
#include <stdint.h>

#include "io.h"
#include "port.h"
#include "task.h"

#define LAPIC(off) (*(volatile uint32_t *)(uintptr_t)(0xFEE00000u + (off)))
#define LAPIC_EOI 0x0B0u
#define LAPIC_SVR 0x0F0u
#define LAPIC_LVT_TIMER 0x320u
#define LAPIC_TIMER_INITIAL 0x380u
#define LAPIC_TIMER_DIVIDE 0x3E0u
#define SVR_ENABLE (1u << 8)
#define SPURIOUS_VECTOR 47u
#define TIMER_VECTOR 32u
#define LVT_PERIODIC (1u << 17)
#define DIVIDE_BY_1 0xBu
/* QEMU's APIC timer counts virtual nanoseconds at divide-by-1; real hardware would calibrate against the TSC. */
#define LAPIC_TIMER_HZ 1000000000u

void hx_tick_start(uint32_t hz) {
  hx_outb(0x21, 0xFF); /* mask both 8259s */
  hx_outb(0xA1, 0xFF);
  LAPIC(LAPIC_SVR) = SVR_ENABLE | SPURIOUS_VECTOR;
  LAPIC(LAPIC_TIMER_DIVIDE) = DIVIDE_BY_1;
  LAPIC(LAPIC_LVT_TIMER) = LVT_PERIODIC | TIMER_VECTOR;
  LAPIC(LAPIC_TIMER_INITIAL) = LAPIC_TIMER_HZ / hz;
  __asm__ volatile("sti");
}

void hx_x86_timer_interrupt(void) {
  LAPIC(LAPIC_EOI) = 0;
  hx_tick();
}
