/*
 * Dynamic Intent Scheduling: preemptive, earliest deadline first.
 *
 *   RealTime jobs                EDF on their absolute deadlines, each within its budget
 *   Interactive/Batch with cpu   constant-bandwidth servers (Abeni & Buttazzo 1998): Q = cpu x T every T
 *                                (T = the latency target, or 100 ms), EDF on the server deadline
 *   -- the EDF band above; what follows runs only when it is empty --
 *   Interactive, Batch           without a share, round-robin in 10 ms slices within the class
 *   throttled                    a job or server that spent its budget: no reservation until it is
 *                                replenished, but it may use time nobody else wants
 *   Background, then Idle
 *
 * Budgets are enforced: a RealTime job that overruns its budget is throttled until
 * its next nominal release, then continues with a fresh budget and a deadline one
 * period later; a server that spends Q is throttled until its deadline (hard
 * CBS). Neither can make an admitted RealTime job miss.
 * Overruns are counted. Switches happen at the program's preemption points
 * (wasm_rt.h), at most a tick after the event that calls for them.
 */
#include "sched.h"

#define SLICE_TICKS ((uint64_t)HX_TIMER_HZ / 100u)
#define BATCH_SERVER_PERIOD ((uint64_t)HX_TIMER_HZ / 10u) /* codegen/admission.js BATCH_SERVER_PERIOD_US */

static int reserved(const hx_task *t) {
  return t->intent.cpu_permille && (t->intent.cls == HX_CLASS_INTERACTIVE || t->intent.cls == HX_CLASS_BATCH);
}

static uint64_t server_period(const hx_intent *in) {
  return in->cls == HX_CLASS_INTERACTIVE && in->latency ? in->latency : BATCH_SERVER_PERIOD;
}

static uint64_t server_budget(const hx_intent *in) {
  return server_period(in) * in->cpu_permille / 1000u;
}

/* Run-time admission: the density of jobs and servers stays within 1 (sufficient for EDF). */
static int admit(const hx_intent *in) {
  if (in->cls == HX_CLASS_REALTIME && (!in->period || !in->budget || in->budget > hx_intent_window(in))) return HX_TASK_ERR_INTENT;
  if (in->cpu_permille > 1000) return HX_TASK_ERR_INTENT;
  double density = 0;
  for (int i = 0; i <= HX_MAX_TASKS; i++) {
    const hx_intent *x = i < HX_MAX_TASKS ? &hx_tasks[i].intent : in;
    if (i < HX_MAX_TASKS && (hx_tasks[i].state == HX_TASK_FREE || hx_tasks[i].state == HX_TASK_DONE)) continue;
    if (x->cls == HX_CLASS_REALTIME) density += (double)x->budget / (double)hx_intent_window(x);
    else if (x->cpu_permille && (x->cls == HX_CLASS_INTERACTIVE || x->cls == HX_CLASS_BATCH)) density += x->cpu_permille / 1000.0;
  }
  return density > 1.0 + 1e-9 ? HX_TASK_ERR_ADMISSION : 0;
}

static void activated(hx_task *t, uint64_t now) {
  if (t->intent.cls == HX_CLASS_REALTIME) {
    t->sched.budget_left = t->intent.budget; /* a new job */
    t->sched.deadline = t->abs_deadline;
    t->sched.throttled = 0;
  } else if (reserved(t) && !t->sched.throttled) {
    /* CBS arrival rule: keep the current (deadline, budget) only if using it would not exceed the bandwidth. */
    uint64_t q = server_budget(&t->intent), p = server_period(&t->intent);
    if (t->sched.deadline <= now || t->sched.budget_left * p > (t->sched.deadline - now) * q) {
      t->sched.deadline = now + p;
      t->sched.budget_left = q;
    }
  }
}

static void charge(hx_task *t, uint64_t ran, uint64_t now) {
  (void)now;
  if (t->sched.throttled || (t->intent.cls != HX_CLASS_REALTIME && !reserved(t))) return;
  if (ran < t->sched.budget_left) {
    t->sched.budget_left -= ran;
    return;
  }
  t->sched.budget_left = 0;
  t->sched.throttled = 1;
  if (reserved(t)) t->stats.budget_overruns++; /* a RealTime job's overrun is counted when it ends (task.c) */
}

/* When a throttled job or server gets its budget back: a job at its next nominal release, a server at its deadline. */
static uint64_t replenish_at(const hx_task *t) {
  if (t->intent.cls == HX_CLASS_REALTIME) return t->sched.deadline - hx_intent_window(&t->intent) + t->intent.period;
  return t->sched.deadline;
}

static void replenish(hx_task *t, uint64_t now) {
  if (!t->sched.throttled || now < replenish_at(t)) return;
  int job = t->intent.cls == HX_CLASS_REALTIME;
  uint64_t p = job ? t->intent.period : server_period(&t->intent);
  t->sched.deadline = t->sched.deadline + p > now ? t->sched.deadline + p : now + p;
  t->sched.budget_left = job ? t->intent.budget : server_budget(&t->intent);
  t->sched.throttled = 0;
}

static int in_edf_band(const hx_task *t) {
  return !t->sched.throttled && (t->intent.cls == HX_CLASS_REALTIME || reserved(t));
}

static uint64_t edf_deadline(const hx_task *t) {
  return t->sched.deadline;
}

/* Outside the EDF band: 0 unreserved Interactive, 1 unreserved Batch, 2 throttled, 3 Background, 4 Idle. */
static int band(const hx_task *t) {
  if (t->sched.throttled) return 2;
  switch (t->intent.cls) {
    case HX_CLASS_INTERACTIVE: return 0;
    case HX_CLASS_BATCH: return 1;
    case HX_CLASS_BACKGROUND: return 3;
    default: return 4;
  }
}

/* -1 when a's own rank is higher than b's, 1 when lower, 0 when equal. */
static int compare_rank(const hx_task *a, const hx_task *b) {
  int ea = in_edf_band(a), eb = in_edf_band(b);
  if (ea != eb) return ea ? -1 : 1;
  if (ea) {
    if (edf_deadline(a) != edf_deadline(b)) return edf_deadline(a) < edf_deadline(b) ? -1 : 1;
  } else if (band(a) != band(b)) {
    return band(a) < band(b) ? -1 : 1;
  }
  return 0;
}

/* The rank a task runs at: its own, or that of a waiter it blocks on a mutex with inheritance (and so on down the chain). */
static const hx_task *effective(const hx_task *t) {
  const hx_task *rank = t;
  int depth = 0;
  for (const hx_task *d = t->donor; d && depth < HX_MAX_TASKS; d = d->donor, depth++) {
    if (compare_rank(d, rank) < 0) rank = d;
  }
  return rank;
}

static int before(const hx_task *a, const hx_task *b) {
  int c = compare_rank(effective(a), effective(b));
  return c ? c < 0 : a->order < b->order;
}

static hx_task *pick(uint64_t now) {
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    hx_task *t = &hx_tasks[i];
    replenish(t, now);
    if (t->state == HX_TASK_READY && (!best || before(t, best))) best = t;
  }
  return best;
}

/* When to look again while t runs: its budget running out, a throttled server's replenishment, or the end of its slice. */
static uint64_t until(const hx_task *t, uint64_t now) {
  uint64_t at = UINT64_MAX;
  if (in_edf_band(t)) at = now + t->sched.budget_left;
  if (t->donor) return now + SLICE_TICKS; /* inherited rank: look again soon */
  int contested = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    const hx_task *o = &hx_tasks[i];
    if (o == t || o->state != HX_TASK_READY) continue;
    if (o->sched.throttled && replenish_at(o) < at) at = replenish_at(o);
    if (!in_edf_band(t) && !in_edf_band(o) && band(o) == band(t)) contested = 1;
  }
  if (contested && t->run_since + SLICE_TICKS < at) at = t->run_since + SLICE_TICKS;
  return at;
}

const hx_scheduler hx_scheduler_module = {
  .name = "dis",
  .preemptive = 1,
  .admit = admit,
  .pick = pick,
  .precedes = before,
  .activated = activated,
  .charge = charge,
  .until = until,
};
