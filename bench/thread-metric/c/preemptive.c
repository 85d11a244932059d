/* Baseline of preemptive.ts. */
#include "sync.h"
#include "tm.h"

static volatile uint32_t counts[5];
static int wake[5];
static int ids[5];

void hx_app_main(void) {
  for (int i = 0; i < 5; i++) wake[i] = hx_sem_create(0, 0x7fffffff);
  ids[1] = tm_task("t1", HX_CLASS_INTERACTIVE, 0, 0);
  ids[2] = tm_task("t2", HX_CLASS_INTERACTIVE, 0, 0);
  ids[3] = tm_task("t3", HX_CLASS_INTERACTIVE, 0, 0);
  ids[4] = tm_task("t4", HX_CLASS_INTERACTIVE, 0, 0);
  ids[0] = tm_task("t0", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  int i = 0;
  while (ids[i] != id) i++;
  if (i == 0) {
    tm_begin();
    for (;;) {
      hx_sem_give(wake[1]);
      counts[0]++;
      if ((counts[0] & 63) == 0 && tm_over()) tm_finish("preemptive", counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);
    }
  }
  for (;;) {
    hx_sem_take(wake[i], UINT64_MAX);
    if (i < 4) hx_sem_give(wake[i + 1]);
    counts[i]++;
  }
}
