/*
 * A free-running 32-bit hardware counter extended to 64 bits in software.
 * Reads must come more often than once per wrap. The scheduler tick reads the
 * clock too, so a read and its update of the extension are one step with
 * interrupts masked: otherwise an interrupted read would see the tick's newer
 * value as a wrap.
 */
#ifndef HX_COUNTER64_H
#define HX_COUNTER64_H

#include <stdint.h>

#include "port.h"

typedef struct {
  uint32_t last;
  uint64_t wraps;
} hx_counter64;

static inline uint64_t hx_counter64_read(hx_counter64 *c, volatile const uint32_t *counter) {
  uint32_t irq = hx_irq_disable();
  uint32_t now = *counter;
  if (now < c->last) c->wraps += 1ull << 32;
  c->last = now;
  uint64_t ticks = c->wraps | now;
  hx_irq_restore(irq);
  return ticks;
}

#endif
