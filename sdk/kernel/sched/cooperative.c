/*
 * The cooperative scheduler: a task runs until it sleeps, yields, or its job
 * ends; nothing preempts it. RealTime jobs go first (earliest deadline first),
 * then the classes in order; within a class the task that ran least recently.
 *
 * Without preemption nothing bounds how long a task keeps the CPU except its
 * declared budget, so RealTime intents are admitted only into a set made of
 * budgeted RealTime jobs that passes a non-preemptive EDF test, and CPU shares
 * and latency targets (which need preemption) are refused. The build checks the same rules
 * with exact tests (codegen/admission.js); this run-time check is sufficient only.
 */
#include "sched.h"

static int is_realtime_job(const hx_intent *in) {
  return in->cls == HX_CLASS_REALTIME && in->period && in->budget;
}

static int admit(const hx_intent *in) {
  if (in->cpu_permille || in->cls == HX_CLASS_INTERACTIVE) return HX_TASK_ERR_INTENT; /* needs preemption */
  int realtime = in->cls == HX_CLASS_REALTIME;
  if (realtime && !is_realtime_job(in)) return HX_TASK_ERR_INTENT;
  /* Density of the jobs plus the longest job that may block the shortest window. */
  double density = realtime ? (double)in->budget / (double)hx_intent_window(in) : 0;
  uint64_t longest = realtime ? in->budget : 0, shortest = realtime ? hx_intent_window(in) : UINT64_MAX;
  int others = 0, jobs = realtime;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    const hx_task *t = &hx_tasks[i];
    if (t->state == HX_TASK_FREE || t->state == HX_TASK_DONE) continue;
    if (!is_realtime_job(&t->intent)) { others++; continue; }
    jobs++;
    density += (double)t->intent.budget / (double)hx_intent_window(&t->intent);
    if (t->intent.budget > longest) longest = t->intent.budget;
    if (hx_intent_window(&t->intent) < shortest) shortest = hx_intent_window(&t->intent);
  }
  if (jobs && others + !realtime) return HX_TASK_ERR_INTENT; /* a task with no budget could hold the CPU */
  if (jobs && density + (double)longest / (double)shortest > 1.0) return HX_TASK_ERR_ADMISSION;
  return 0;
}

static int before(const hx_task *a, const hx_task *b) {
  if (a->intent.cls != b->intent.cls) return a->intent.cls < b->intent.cls;
  if (a->intent.cls == HX_CLASS_REALTIME && a->abs_deadline != b->abs_deadline) return a->abs_deadline < b->abs_deadline;
  return a->order < b->order;
}

static hx_task *pick(uint64_t now) {
  (void)now;
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    hx_task *t = &hx_tasks[i];
    if (t->state == HX_TASK_READY && (!best || before(t, best))) best = t;
  }
  return best;
}

const hx_scheduler hx_scheduler_module = {
  .name = "cooperative", .preemptive = 0, .admit = admit, .pick = pick, .precedes = before,
};
