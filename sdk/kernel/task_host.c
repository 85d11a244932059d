/*
 * Host functions behind the task API (sdk/api/tasks.ts). Times cross the
 * boundary in microseconds, as doubles like every JavaScript number.
 */
#include "port.h"
#include "task.h"

static uint64_t ticks_from_us(double us) {
  if (!(us > 0)) return 0;
  return (uint64_t)(us * ((double)HX_TIMER_HZ / 1e6) + 0.5);
}

uint64_t hx_deadline_after_us(double us) {
  if (us < 0 || us >= 1e15) return UINT64_MAX; /* negative or Infinity: no limit */
  if (us == 0) return 0;                       /* only try */
  return hx_timer_ticks() + ticks_from_us(us);
}

static double us_from_ticks(uint64_t ticks) {
  return (double)ticks * (1e6 / (double)HX_TIMER_HZ);
}

double hx_host_task_create(double cls, double period, double deadline, double budget, double latency, double cpu) {
  hx_intent in = {
    .cls = cls >= 0 && cls < HX_CLASS_COUNT ? (uint8_t)cls : HX_CLASS_COUNT,
    .period = ticks_from_us(period),
    .deadline = ticks_from_us(deadline),
    .budget = ticks_from_us(budget),
    .latency = ticks_from_us(latency),
    .cpu_permille = cpu > 0 ? (uint32_t)(cpu * 1000 + 0.5) : 0,
  };
  return hx_task_create(&in);
}

void hx_host_task_start(double id) {
  hx_task_start((int)id);
}

void hx_host_task_name(double id, double index, double code) {
  hx_task_set_name_char((int)id, (int)index, code >= 32 && code < 127 ? (int)code : '?');
}

void hx_host_sleep(double us) {
  hx_task_sleep_until(hx_timer_ticks() + ticks_from_us(us));
}

void hx_host_yield(void) {
  hx_task_yield();
}

double hx_host_now_us(void) {
  return us_from_ticks(hx_timer_ticks());
}

/* Field numbers match TASK_STAT_FIELDS in sdk/api/tasks.ts. */
double hx_host_task_stat(double id, double field) {
  int i = (int)id;
  if (i < 0 || i >= HX_MAX_TASKS || hx_tasks[i].state == HX_TASK_FREE) return -1;
  const hx_task_stats *s = &hx_tasks[i].stats;
  switch ((int)field) {
  case 0: return s->activations;
  case 1: return us_from_ticks(s->cpu_ticks);
  case 2: return us_from_ticks(s->response_max);
  case 3: return s->responses ? us_from_ticks(s->response_sum) / s->responses : 0;
  case 4: return us_from_ticks(s->latency_max);
  case 5: return s->deadline_misses;
  case 6: return s->budget_overruns;
  default: return -1;
  }
}

void hx_host_exit(double status) {
  hx_exit(status >= 0 && status < 256 ? (int)status : 1);
}
