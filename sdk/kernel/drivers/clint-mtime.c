/* RISC-V CLINT machine timer: a free-running 64-bit counter. Board keys: [timer] base (of mtime), hz. */
#include <stdint.h>

#include "port.h"

uint64_t hx_timer_ticks(void) {
  return *(volatile uint64_t *)(uintptr_t)(HX_TIMER_BASE);
}
