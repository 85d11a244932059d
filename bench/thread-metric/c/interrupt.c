/* Baseline of interrupt.ts. */
#include "sync.h"
#include "tm.h"

static int irq;

void hx_app_main(void) {
  irq = hx_sem_create(0, 0x7fffffff);
  hx_soft_irq_bind(irq);
  tm_task("t0", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  for (uint32_t counter = 1;; counter++) {
    hx_raise_soft_irq();
    hx_sem_take(irq, UINT64_MAX);
    if ((counter & 63) == 0 && tm_over()) tm_finish("interrupt", counter);
  }
}
