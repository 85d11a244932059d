/* Baseline of basic.ts. */
#include "tm.h"

static volatile uint32_t a[1024];

void hx_app_main(void) {
  tm_task("basic", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  for (uint32_t counter = 1;; counter++) {
    for (int i = 0; i < 1024; i++) a[i] = (a[i] + counter - 1) ^ a[i];
    if (tm_over()) tm_finish("basic", counter);
  }
}
