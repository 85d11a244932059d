/*
 * The task core: creation, stacks, switching, sleeping, periodic releases and
 * the statistics. Which ready task runs next is the scheduler module's choice
 * (sched.h); nothing here ranks tasks.
 *
 * A switch saves the outgoing task's callee-saved registers with hx_setjmp and
 * resumes the incoming one with hx_longjmp, so it happens only inside a kernel
 * call (sleep, yield, the end of a job): compiled TypeScript never stops in the
 * middle of a runtime helper, and Porffor's shared runtime state stays sound.
 */
#include "task.h"

#include "app.h"
#include "console.h"
#include "crash.h"
#include "interrupt.h"
#include "port.h"
#include "sched.h"
#include "sync.h"

hx_task hx_tasks[HX_MAX_TASKS];
hx_task *hx_task_current;
hx_sched_stats hx_sched_stats_now;

#define STACK_FILL 0xA5u
#define STACK_GUARD_BYTES 16 /* must still hold the fill when a task is switched out (check_stack) */
#define STACK_MARGIN 3072    /* below the limit: the deepest kernel call a translated function makes */

/* The main stack (the linker script's .stack; absent in host builds). */
extern char _hx_stack_bottom[] __attribute__((weak));
extern char _hx_stack_top[] __attribute__((weak));

static uint8_t task_stacks[HX_MAX_TASKS][HX_TASK_STACK_BYTES] __attribute__((aligned(16)));
static hx_jmp_buf top_level_ctx; /* resumed when every task has finished */
static hx_handler *top_level_handlers;
static int scheduler_running;
static uint32_t switch_seq;
static volatile uint64_t next_event = UINT64_MAX; /* when the tick should ask for the CPU back */

static void task_entry(void);
static void reschedule(void);
static void plan_next_event(const hx_task *running, uint64_t now);

int hx_task_count(void) {
  int n = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) n += hx_tasks[i].state != HX_TASK_FREE;
  return n;
}

/* The start of an activation: a job's release, or any other task's start or wake-up. */
static void new_activation(hx_task *t, uint64_t at) {
  t->ready_at = at; /* lateness counts against latency */
  t->started = 0;
  t->stats.activations++;
  if (hx_scheduler_module.activated) hx_scheduler_module.activated(t, at);
}

/* A waiting task becomes ready at `at`. A periodic task that waited inside its job just continues it. */
static void make_ready(hx_task *t, uint64_t at) {
  t->state = HX_TASK_READY;
  if (t->awaiting_release) {
    t->awaiting_release = 0;
    t->release = at;
    t->abs_deadline = at + (t->intent.deadline ? t->intent.deadline : t->intent.period);
    t->job_cpu = 0;
    new_activation(t, at);
  } else if (!t->intent.period) {
    new_activation(t, at);
  }
}

/* A periodic task's first job is released at once; anything else is ready at once. */
static void activate(hx_task *t, uint64_t now) {
  t->awaiting_release = t->intent.period != 0;
  t->blocked_on = 0;
  make_ready(t, now);
  if (t->release_sem) t->stats.activations = 0; /* it only starts waiting for its first event */
}

int hx_task_create(const hx_intent *intent) {
  if (intent->cls >= HX_CLASS_COUNT) return HX_TASK_ERR_INTENT;
  int refused = hx_scheduler_module.admit(intent);
  if (refused) return refused;
  hx_task *t = 0;
  for (int i = 0; i < HX_MAX_TASKS && !t; i++) {
    if (hx_tasks[i].state == HX_TASK_FREE) t = &hx_tasks[i];
  }
  if (!t) return HX_TASK_ERR_FULL;

  int id = (int)(t - hx_tasks);
  __builtin_memset(t, 0, sizeof *t);
  t->id = (uint8_t)id;
  t->intent = *intent;
  t->stack = task_stacks[id];
  __builtin_memset(t->stack, STACK_FILL, HX_TASK_STACK_BYTES);
  hx_ctx_init(t->ctx, t->stack + HX_TASK_STACK_BYTES, task_entry);
  t->state = HX_TASK_NEW;
  return id;
}

void hx_task_start(int id) {
  if (id < 0 || id >= HX_MAX_TASKS || hx_tasks[id].state != HX_TASK_NEW) return;
  hx_task *t = &hx_tasks[id];
  if (scheduler_running) {
    activate(t, hx_timer_ticks());
    /* A preemptive scheduler lets a new task that outranks the caller run at the caller's next preemption point. */
    if (hx_scheduler_module.preemptive && hx_task_current && t->state == HX_TASK_READY &&
        hx_scheduler_module.precedes(t, hx_task_current)) {
      hx_preempt_pending = 1;
    }
  } else {
    t->state = HX_TASK_SLEEPING; /* until the scheduler starts */
    t->wake_at = UINT64_MAX;
  }
}

void hx_task_release_on(int id, int sem) {
  if (id < 0 || id >= HX_MAX_TASKS || hx_tasks[id].state != HX_TASK_NEW || !hx_tasks[id].intent.period || sem < 0) return;
  hx_tasks[id].release_sem = (int16_t)(sem + 1);
}

void hx_task_set_name_char(int id, int index, int ch) {
  if (id < 0 || id >= HX_MAX_TASKS || index < 0 || index >= (int)sizeof hx_tasks[id].name - 1) return;
  hx_tasks[id].name[index] = (char)ch;
}

/* ---- statistics ------------------------------------------------------------ */

static uintptr_t top_level_stack_limit(void) {
  return _hx_stack_bottom ? (uintptr_t)_hx_stack_bottom + STACK_MARGIN : 0;
}

void hx_stack_guard_init(void) {
  hx_stack_limit = top_level_stack_limit();
}

/* The running code (a task, or the top level) went past its stack. */
void hx_stack_overflow(void) {
  hx_stack_limit = 0; /* the report runs in the margin */
  const hx_task *t = hx_task_current;
  hx_console_flush_utf16();
  if (t) {
    hx_console_str("\nstack overflow in task \"");
    hx_console_str(t->name);
    hx_console_str("\": it needs more than its ");
    hx_console_dec(HX_TASK_STACK_BYTES);
    hx_console_str(" bytes (raise [runtime] task_stack in the board file, or recurse less deeply)\n");
  } else {
    hx_console_str("\nstack overflow in the program's top level: it needs more than its ");
    hx_console_dec((uint64_t)(_hx_stack_top - _hx_stack_bottom));
    hx_console_str(" bytes (raise [runtime] stack in the board file, or recurse less deeply)\n");
  }
  hx_exit(HX_EXIT_CRASH);
}

/* Code that is not translated (the kernel, drivers) is checked when the task is switched out. */
static void check_stack(hx_task *t) {
  /* Two aligned words (stacks are 16-byte aligned): cheaper than 16 byte compares on every switch. */
  _Static_assert(STACK_GUARD_BYTES == 2 * sizeof(uint64_t), "check_stack reads the guard as two words");
  const uint64_t fill = 0x0101010101010101ull * STACK_FILL;
  const uint64_t *guard = (const uint64_t *)(const void *)t->stack;
  if (guard[0] != fill || guard[1] != fill) hx_stack_overflow();
}

static void switched_out(hx_task *t, uint64_t now) {
  uint64_t ran = now - t->run_since;
  t->stats.cpu_ticks += ran;
  t->job_cpu += ran;
  if (hx_scheduler_module.charge) hx_scheduler_module.charge(t, ran, now);
  check_stack(t);
}

/* An activation ends: the task sleeps, finishes its job or returns. */
static void completed(hx_task *t, uint64_t now) {
  uint64_t response = now - t->ready_at;
  if (response > t->stats.response_max) t->stats.response_max = response;
  t->stats.response_sum += response;
  t->stats.responses++;
}

/* Sleeping tasks whose time has come become ready. */
static void wake_sleepers(uint64_t now) {
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    hx_task *t = &hx_tasks[i];
    if (t->state != HX_TASK_SLEEPING || t->wake_at > now) continue;
    t->wait_result = t->blocked_on ? HX_WAIT_TIMEOUT : HX_WAIT_OK;
    t->blocked_on = 0;
    make_ready(t, t->wake_at);
  }
}

void hx_task_unblock(hx_task *t) {
  if (t->state != HX_TASK_SLEEPING || !t->blocked_on) return;
  t->wait_result = HX_WAIT_OK;
  t->blocked_on = 0;
  make_ready(t, hx_timer_ticks());
}

/* No task can ever run again: every one that is left waits with no timeout. */
static void check_deadlock(void) {
  if (hx_irq_any_bound()) return; /* waiting for a device is not a deadlock */
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    const hx_task *t = &hx_tasks[i];
    if (t->state == HX_TASK_READY || (t->state == HX_TASK_SLEEPING && t->wake_at != UINT64_MAX)) return;
  }
  hx_console_flush_utf16();
  hx_console_str("\ndeadlock: every task is waiting with no timeout:");
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    if (hx_tasks[i].state != HX_TASK_SLEEPING) continue;
    hx_console_str(" \"");
    hx_console_str(hx_tasks[i].name);
    hx_console_str("\"");
  }
  hx_console_str("\n");
  hx_exit(HX_EXIT_CRASH);
}

/* The next moment the running task should be asked to give the CPU back: a wake-up, or the policy's own. */
static void plan_next_event(const hx_task *running, uint64_t now) {
  if (!hx_scheduler_module.preemptive) return;
  uint64_t at = hx_scheduler_module.until ? hx_scheduler_module.until(running, now) : UINT64_MAX;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    if (hx_tasks[i].state == HX_TASK_SLEEPING && hx_tasks[i].wake_at < at) at = hx_tasks[i].wake_at;
  }
  next_event = at;
}

/* Timer interrupt: only raise the flag; the switch happens at the task's next preemption point. */
void hx_tick(void) {
  if (hx_task_current && hx_timer_ticks() >= next_event) hx_preempt_pending = 1;
}

/* Called at a preemption point of the program's code when the flag is up. */
void hx_preempt(void) {
  hx_preempt_pending = 0;
  if (hx_task_current) reschedule();
}

static int any_alive(void) {
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    if (hx_tasks[i].state == HX_TASK_READY || hx_tasks[i].state == HX_TASK_SLEEPING) return 1;
  }
  return 0;
}

/* ---- switching ----------------------------------------------------------- */

static __attribute__((noreturn)) void switch_in(hx_task *next, uint64_t now) {
  hx_task_current = next;
  next->run_since = now;
  next->order = ++switch_seq;
  plan_next_event(next, now);
  if (!next->started) {
    next->started = 1;
    /* a task an interrupt's give made ready during this decision became ready after `now` was read */
    uint64_t latency = now > next->ready_at ? now - next->ready_at : 0;
    if (latency > next->stats.latency_max) next->stats.latency_max = latency;
  }
  hx_handler_top = next->handler_top;
  hx_stack_limit = (uintptr_t)next->stack + STACK_MARGIN;
  hx_longjmp(next->ctx, 1);
}

/*
 * The current task (or the top level, before the first task runs) gives up the
 * CPU: pick the next task, idling until one is ready, and switch to it. Returns
 * when the caller is chosen again.
 */
static void reschedule(void) {
  hx_task *prev = hx_task_current;
  hx_preempt_pending = 0; /* deciding now */
  uint64_t now = hx_timer_ticks();
  if (prev) switched_out(prev, now);
  hx_task *next;
  for (;;) {
    hx_sync_drain(); /* what interrupt handlers gave since the last decision */
    wake_sleepers(now);
    next = hx_scheduler_module.pick(now);
    if (next || !any_alive()) break;
    check_deadlock();
    uint64_t idle_from = now;
    hx_cpu_idle();
    now = hx_timer_ticks();
    hx_sched_stats_now.idle_ticks += now - idle_from;
  }
  if (next && next == prev) {
    prev->run_since = now;
    prev->order = ++switch_seq;
    plan_next_event(prev, now);
    return;
  }
  hx_sched_stats_now.context_switches++;
  if (prev) {
    prev->handler_top = hx_handler_top;
    if (hx_setjmp(prev->ctx)) return;
  } else if (hx_setjmp(top_level_ctx)) {
    return;
  }
  if (next) switch_in(next, now);
  /* Every task has finished: back to the top level. */
  hx_task_current = 0;
  hx_handler_top = top_level_handlers;
  hx_stack_limit = top_level_stack_limit();
  hx_longjmp(top_level_ctx, 1);
}

void hx_task_yield(void) {
  if (hx_task_current) reschedule();
}

int hx_task_wait(const void *on, uint64_t until) {
  hx_task *cur = hx_task_current;
  if (!cur) { /* the top level, before the scheduler starts: only plain sleeps */
    if (on) return HX_WAIT_TIMEOUT;
    while (hx_timer_ticks() < until) hx_cpu_idle();
    return HX_WAIT_OK;
  }
  /* A periodic task waiting inside its job is still in that job; anything else ends an activation. */
  if (!cur->intent.period) completed(cur, hx_timer_ticks());
  cur->state = HX_TASK_SLEEPING;
  cur->wake_at = until;
  cur->blocked_on = on;
  reschedule();
  return cur->wait_result;
}

void hx_task_sleep_until(uint64_t t) {
  (void)hx_task_wait(0, t);
}

/* A periodic task's job returned: check it against its deadline and budget, then wait for the next release. */
static void job_done(hx_task *t) {
  uint64_t now = hx_timer_ticks();
  completed(t, now);
  if (now > t->abs_deadline) t->stats.deadline_misses++;
  if (t->intent.budget && t->job_cpu + (now - t->run_since) > t->intent.budget) t->stats.budget_overruns++;
  if (t->release_sem) return; /* the next job waits for its event (await_event) */
  t->awaiting_release = 1;
  t->state = HX_TASK_SLEEPING;
  t->wake_at = t->release + t->intent.period;
  reschedule();
}

hx_task *hx_task_best_waiter(const void *on) {
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    hx_task *t = &hx_tasks[i];
    if (t->state == HX_TASK_SLEEPING && t->blocked_on == on && (!best || hx_scheduler_module.precedes(t, best))) best = t;
  }
  return best;
}

/* A sporadic task between jobs: the next is released by a give of its semaphore (at once if one is pending). */
static void await_event(hx_task *t) {
  t->awaiting_release = 1;
  if (hx_sem_take(t->release_sem - 1, UINT64_MAX) && t->awaiting_release) {
    make_ready(t, hx_timer_ticks());
    reschedule(); /* the new job's deadline may no longer be the earliest */
  }
}

static void task_entry(void) {
  hx_task *t = hx_task_current;
  hx_handler h;
  h.prev = 0;
  hx_handler_top = &h;
  if (hx_setjmp(h.jb) != 0) {
    /* An exception escaped the task's body: report it like one from the top level. */
    hx_handler report;
    report.prev = 0;
    hx_handler_top = &report;
    if (hx_setjmp(report.jb) == 0) hx_app_report_uncaught();
    hx_console_str("  in task \"");
    hx_console_str(hx_task_current->name); /* not t: locals do not survive the longjmp */
    hx_console_str("\"\n");
    hx_exit(HX_EXIT_UNCAUGHT);
  }
  if (t->intent.period) {
    for (;;) {
      if (t->release_sem) await_event(t);
      hx_app_run_task(t->id);
      job_done(t);
    }
  }
  hx_app_run_task(t->id);
  completed(t, hx_timer_ticks());
  t->state = HX_TASK_DONE;
  reschedule(); /* never returns: a finished task is never picked */
  hx_crash("kernel", "a finished task was resumed", 0, 0, 0);
}

void hx_sched_run(void) {
  uint64_t now = hx_timer_ticks();
  hx_sched_stats_now.started_at = now;
  scheduler_running = 1;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    if (hx_tasks[i].state == HX_TASK_SLEEPING) activate(&hx_tasks[i], now);
  }
  top_level_handlers = hx_handler_top;
  if (hx_scheduler_module.preemptive) hx_tick_start(HX_TICK_HZ);
  reschedule();
  scheduler_running = 0;
}

/* Bytes of a task's stack that have ever been written (the fill is gone). */
uint32_t hx_task_stack_used(const hx_task *t) {
  uint32_t untouched = 0;
  while (untouched < HX_TASK_STACK_BYTES && t->stack[untouched] == STACK_FILL) untouched++;
  return HX_TASK_STACK_BYTES - untouched;
}
