/* Baseline of memory.ts. */
#include "pool.h"
#include "tm.h"

static int frames = -1;

void hx_app_main(void) {
  for (int p = 0; p < hx_pool_count; p++) {
    const char *n = hx_pools[p].name;
    if (n[0] == 'f' && n[1] == 'r' && n[2] == 'a' && n[3] == 'm' && n[4] == 'e' && n[5] == 's' && !n[6]) frames = p;
  }
  tm_task("memory", HX_CLASS_BATCH, 0, 0);
}

static uint32_t churn(void) {
  for (uint32_t counter = 1;; counter++) {
    hx_pool_free(frames, hx_pool_alloc(frames));
    if ((counter & 63) == 0 && tm_over()) return counter;
  }
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  tm_report("memory-empty", churn());
  for (int i = 0; i < 15; i++) (void)hx_pool_alloc(frames);
  tm_started = hx_timer_ticks();
  tm_finish("memory-full", churn());
}
