/* Baseline of interrupt-preemption.ts: C code has no compiler-inserted preemption points, so the loop
   has the one the translator would put at its top. */
#include "sync.h"
#include "tm.h"

static int irq, handler_id;
static volatile uint32_t handled, raised;

void hx_app_main(void) {
  irq = hx_sem_create(0, 0x7fffffff);
  hx_soft_irq_bind(irq);
  handler_id = tm_task("handler", HX_CLASS_INTERACTIVE, 0, 0);
  tm_task("raiser", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  if (id == handler_id) {
    for (;;) {
      hx_sem_take(irq, UINT64_MAX);
      handled++;
    }
  }
  tm_begin();
  for (;;) {
    HX_PREEMPT_POINT();
    hx_raise_soft_irq();
    raised++;
    if ((raised & 63) == 0 && tm_over()) tm_finish(handled + 1 >= raised ? "interrupt-preemption" : "interrupt-preemption-lost", raised);
  }
}
