/* Baseline of cooperative.ts. */
#include "tm.h"

static volatile uint32_t counts[5];

void hx_app_main(void) {
  static const char *const names[5] = { "t0", "t1", "t2", "t3", "t4" };
  for (int i = 0; i < 5; i++) tm_task(names[i], HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int i) {
  tm_begin();
  for (;;) {
    hx_task_yield();
    counts[i]++;
    if (i == 0 && (counts[0] & 63) == 0 && tm_over()) tm_finish("cooperative", counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);
  }
}
