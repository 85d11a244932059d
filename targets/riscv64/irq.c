/* Interrupt masking for critical sections shared with handlers (machine mode): mstatus.MIE. */
#include <stdint.h>

#include "port.h"

#define MSTATUS_MIE (1u << 3)

uint32_t hx_irq_disable(void) {
  uint64_t old;
  __asm__ volatile("csrrc %0, mstatus, %1" : "=r"(old) : "r"((uint64_t)MSTATUS_MIE) : "memory");
  return (uint32_t)(old & MSTATUS_MIE);
}

void hx_irq_restore(uint32_t state) {
  if (state) __asm__ volatile("csrs mstatus, %0" : : "r"((uint64_t)MSTATUS_MIE) : "memory");
}
