/*
 * The C baselines of the Thread-Metric-style tests: the same loops as the
 * TypeScript tests (bench/thread-metric/*.ts), written against the kernel's C
 * API, with the same report line.
 */
#ifndef HX_TM_H
#define HX_TM_H

#include <stdint.h>

#include "app.h"
#include "console.h"
#include "port.h"
#include "task.h"

#define TM_DURATION_TICKS ((uint64_t)HX_TIMER_HZ / 5u) /* 200 ms */

static uint64_t tm_started;

static inline void tm_begin(void) {
  if (!tm_started) tm_started = hx_timer_ticks();
}

static inline int tm_over(void) {
  return hx_timer_ticks() - tm_started >= TM_DURATION_TICKS;
}

static inline void tm_report(const char *name, uint32_t count) {
  hx_console_str(name);
  hx_console_str(" ");
  hx_console_dec(count);
  hx_console_str(" ms ");
  hx_console_number((double)(hx_timer_ticks() - tm_started) * 1000.0 / (double)HX_TIMER_HZ);
  hx_console_str("\n");
}

static inline void tm_finish(const char *name, uint32_t count) {
  tm_report(name, count);
  hx_exit(0);
}

/* A task whose body is hx_app_run_task(id); period and budget in microseconds (0: none). */
static inline int tm_task(const char *name, int cls, uint32_t period_us, uint32_t budget_us) {
  hx_intent in = {
    .cls = (uint8_t)cls,
    .period = (uint64_t)period_us * HX_TIMER_HZ / 1000000u,
    .budget = (uint64_t)budget_us * HX_TIMER_HZ / 1000000u,
  };
  int id = hx_task_create(&in);
  for (int i = 0; name[i] && i < 15; i++) hx_task_set_name_char(id, i, name[i]);
  hx_task_start(id);
  return id;
}

void hx_app_init(void) {}
void hx_app_report_uncaught(void) {}

#endif
