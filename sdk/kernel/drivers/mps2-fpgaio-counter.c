/*
 * MPS2 FPGA IO free-running 32-bit counter (at base + 0x18), extended to 64 bits
 * in software. Board keys: [timer] base, hz. Reads must come more often than
 * once per wrap (about 171 s at 25 MHz). The scheduler tick reads it too, so a
 * read and its update of the extension are one step with interrupts masked:
 * otherwise an interrupted read would see the tick's newer value as a wrap.
 */
#include <stdint.h>

#include "port.h"

#define COUNTER (*(volatile uint32_t *)((uintptr_t)(HX_TIMER_BASE) + 0x18))

static uint32_t last;
static uint64_t wraps;

uint64_t hx_timer_ticks(void) {
  uint32_t irq = hx_irq_disable();
  uint32_t now = COUNTER;
  if (now < last) wraps += 1ull << 32;
  last = now;
  uint64_t ticks = wraps | now;
  hx_irq_restore(irq);
  return ticks;
}
