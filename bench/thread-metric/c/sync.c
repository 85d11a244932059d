/* Baseline of sync.ts. */
#include "sync.h"
#include "tm.h"

static int s;

void hx_app_main(void) {
  s = hx_sem_create(1, 0x7fffffff);
  tm_task("sync", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  for (uint32_t counter = 1;; counter++) {
    hx_sem_take(s, 0);
    hx_sem_give(s);
    if ((counter & 63) == 0 && tm_over()) tm_finish("sync", counter);
  }
}
