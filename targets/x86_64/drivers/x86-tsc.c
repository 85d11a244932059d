/* The time-stamp counter as the monotonic clock. Board keys: [timer] hz. */
#include <stdint.h>

#include "port.h"

uint64_t hx_timer_ticks(void) {
  uint32_t lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return ((uint64_t)hi << 32) | lo;
}
