/* Interrupt masking for critical sections shared with handlers (the interrupt flag), and the software interrupt. */
#include <stdint.h>

#include "crash.h"
#include "port.h"

uint32_t hx_irq_disable(void) {
  uint64_t flags;
  __asm__ volatile("pushfq\n popq %0\n cli" : "=r"(flags) : : "memory");
  return (uint32_t)(flags >> 9) & 1u;
}

void hx_irq_restore(uint32_t state) {
  if (state) __asm__ volatile("sti" : : : "memory");
}

/* The software interrupt: int 0x31 (idt.S), taken even with interrupts masked. */
void hx_raise_soft_irq(void) {
  __asm__ volatile("int $0x31" : : : "memory");
}

/* Without an interrupt controller driver (drivers/ioapic.c) a device interrupt is unexpected. */
__attribute__((weak)) void hx_x86_device_interrupt(uint64_t line) {
  (void)line;
  hx_crash("unexpected device interrupt", 0, 0, 0, 0);
}
