/* Default idle for targets that do not yet sleep: nothing wakes a WFI/HLT until
   interrupts are in use, so waiting is a plain busy loop. */
#include "port.h"

__attribute__((weak)) void hx_cpu_idle(void) {
  __asm__ volatile("" ::: "memory");
}
