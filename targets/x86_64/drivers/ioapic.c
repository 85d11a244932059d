/*
 * x86 I/O APIC: ISA and PCI interrupt pins 0-23 routed to vectors 64-87
 * (idt.S), edge-triggered, to the boot CPU's local APIC. Unlike the level-
 * triggered controllers, a pin is NOT masked while its handler task runs: the
 * I/O APIC ignores an edge on a masked pin (82093AA data sheet; QEMU does the
 * same), so a byte arriving then would raise the device's line for good with
 * nobody told. An edge cannot storm the CPU; edges during a job release the
 * next one (interrupt.h).
 * Board key: [interrupts] base (0xFEC0_0000).
 */
#include <stdint.h>

#include "interrupt.h"
#include "io.h"

#define IOREGSEL (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE))
#define IOWIN (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE + 0x10u))
#define LAPIC(off) (*(volatile uint32_t *)(uintptr_t)(0xFEE00000u + (off)))
#define LAPIC_EOI 0x0B0u
#define LAPIC_SVR 0x0F0u
#define SVR_ENABLE (1u << 8)
#define SPURIOUS_VECTOR 47u
#define FIRST_VECTOR 64u
#define PINS 24
#define MASKED (1u << 16)

static void redirect(int pin, uint32_t low) {
  IOREGSEL = 0x10u + 2u * (uint32_t)pin + 1u;
  IOWIN = 0; /* destination: APIC 0 */
  IOREGSEL = 0x10u + 2u * (uint32_t)pin;
  IOWIN = low;
}

int hx_irq_line_enable(int line) {
  if (line < 0 || line >= PINS) return HX_IRQ_ERR_LINE;
  hx_outb(0x21, 0xFF); /* the legacy 8259s stay masked: the I/O APIC delivers */
  hx_outb(0xA1, 0xFF);
  LAPIC(LAPIC_SVR) = SVR_ENABLE | SPURIOUS_VECTOR;
  redirect(line, FIRST_VECTOR + (uint32_t)line); /* fixed delivery, edge, active high, unmasked */
  __asm__ volatile("sti");
  return 0;
}

/* Pins are never masked for a job (see above), so after one there is nothing to undo. */
void hx_irq_line_unmask(int line) {
  (void)line;
}

void hx_irq_line_disable(int line) {
  if (line < 0 || line >= PINS) return;
  redirect(line, MASKED | (FIRST_VECTOR + (uint32_t)line));
}

/* From idt.S: vector 64 + line. */
void hx_x86_device_interrupt(uint64_t line) {
  LAPIC(LAPIC_EOI) = 0;
  hx_irq_dispatch((int)line);
}
