/*
 * Real boards have nobody to report an exit status to: after the run report
 * on the console, the CPU sleeps until reset.
 */
#include "port.h"

void hx_port_exit(int status) {
  (void)status;
  (void)hx_irq_disable(); /* nothing may run again */
  for (;;) hx_cpu_idle();
}
