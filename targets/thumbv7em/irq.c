/* Interrupt masking for critical sections shared with handlers (PRIMASK), and the software interrupt. */
#include <stdint.h>

#include "port.h"

uint32_t hx_irq_disable(void) {
  uint32_t primask;
  __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask) : : "memory");
  return primask;
}

void hx_irq_restore(uint32_t primask) {
  __asm__ volatile("msr primask, %0" : : "r"(primask) : "memory");
}

/* The software interrupt: SVC #0, exception 11 (vectors.c). */
void hx_soft_irq(void);

void hx_raise_soft_irq(void) {
  __asm__ volatile("svc #0" : : : "memory");
}

void hx_svc_handler(void) {
  hx_soft_irq();
}
