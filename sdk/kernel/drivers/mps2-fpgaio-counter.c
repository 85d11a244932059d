/*
 * MPS2 FPGA IO free-running 32-bit counter (at base + 0x18), extended to 64 bits
 * (counter64.h). Board keys: [timer] base, hz. It wraps about every 171 s at
 * 25 MHz; the scheduler reads it far more often.
 */
#include <stdint.h>

#include "counter64.h"

#define COUNTER ((volatile const uint32_t *)((uintptr_t)(HX_TIMER_BASE) + 0x18))

static hx_counter64 clock;

uint64_t hx_timer_ticks(void) {
  return hx_counter64_read(&clock, COUNTER);
}
