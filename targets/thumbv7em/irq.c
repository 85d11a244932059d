/* Interrupt masking for critical sections shared with handlers: PRIMASK. */
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
