/*
 * The kernel's part of the run report (exit.c): each pool's use, then system
 * figures and one entry per task, times in microseconds. `helix-sdk run --stats` prints them
 * (sdk/qemu/run-report.js parses the format).
 */
#include "console.h"
#include "pool.h"
#include "port.h"
#include "task.h"

static const char *const CLASS_NAMES[HX_CLASS_COUNT] = { "realtime", "interactive", "batch", "background", "idle" };

static void put_us(uint64_t ticks) {
  hx_console_dec(ticks * 1000000u / HX_TIMER_HZ);
}

static void field_us(uint64_t ticks) {
  hx_console_str(",");
  put_us(ticks);
}

static void field(uint64_t n) {
  hx_console_str(",");
  hx_console_dec(n);
}

void hx_task_report(void) {
  for (int p = 0; p < hx_pool_count; p++) {
    hx_console_str(";pool");
    hx_console_dec(p);
    hx_console_str("=");
    hx_console_str(hx_pools[p].name);
    field(hx_pools[p].block);
    field(hx_pools[p].count);
    field(hx_pools[p].used);
    field(hx_pools[p].high_water);
  }
  if (!hx_task_count()) return;
  const hx_sched_stats *s = &hx_sched_stats_now;
  hx_console_str(";sched=");
  hx_console_dec(s->context_switches);
  field_us(s->idle_ticks);
  field_us(hx_timer_ticks() - s->started_at);
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    const hx_task *t = &hx_tasks[i];
    if (t->state == HX_TASK_FREE) continue;
    const hx_task_stats *st = &t->stats;
    hx_console_str(";task");
    hx_console_dec(i);
    hx_console_str("=");
    hx_console_str(t->name[0] ? t->name : "?");
    hx_console_str(",");
    hx_console_str(CLASS_NAMES[t->intent.cls]);
    field(st->activations);
    field_us(st->cpu_ticks);
    field_us(st->response_max);
    field_us(st->responses ? st->response_sum / st->responses : 0);
    field_us(st->latency_max);
    field(st->deadline_misses);
    field(st->budget_overruns);
    field(hx_task_stack_used(t));
    field(HX_TASK_STACK_BYTES);
  }
}
