/* Host functions behind sdk/api/interrupts.ts. */
#include "interrupt.h"
#include "task.h"

double hx_host_irq_bind(double line, double sem) {
  return hx_irq_bind((int)line, (int)sem);
}

void hx_host_irq_done(double line) {
  hx_irq_done((int)line);
}

void hx_host_task_release_on(double task, double sem) {
  hx_task_release_on((int)task, (int)sem);
}
