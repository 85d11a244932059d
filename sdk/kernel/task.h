/*
 * Tasks: the policy-free core of the kernel. It owns the task table, the
 * stacks, context switching, periodic releases, sleeping and the statistics;
 * which ready task runs next is decided by the scheduler module the board file
 * names (sched.h).
 */
#ifndef HX_TASK_H
#define HX_TASK_H

#include <stdint.h>

#include "wasm_rt.h"

#ifndef HX_MAX_TASKS
#define HX_MAX_TASKS 8
#endif
#ifndef HX_TICK_HZ
#define HX_TICK_HZ 1000
#endif
#ifndef HX_TASK_STACK_BYTES
#define HX_TASK_STACK_BYTES 16384
#endif

/* Intent classes, in the order the schedulers rank them (lower runs first). */
enum hx_task_class {
  HX_CLASS_REALTIME = 0,
  HX_CLASS_INTERACTIVE,
  HX_CLASS_BATCH,
  HX_CLASS_BACKGROUND,
  HX_CLASS_IDLE,
  HX_CLASS_COUNT
};

enum hx_task_state {
  HX_TASK_FREE = 0,
  HX_TASK_NEW,       /* admitted; its body is not registered yet (hx_task_start) */
  HX_TASK_READY,     /* runnable (running, if it is hx_task_current) */
  HX_TASK_SLEEPING,  /* waiting for wake_at: a sleep, the next release of a periodic task, or (UINT64_MAX) the scheduler's start */
  HX_TASK_DONE,      /* its body returned */
};

/* What a task declared (times in timer ticks; 0 = not declared). */
typedef struct hx_intent {
  uint8_t cls;
  uint64_t period, deadline, budget, latency;
  uint32_t cpu_permille;
} hx_intent;

/* The time a job has to finish in: its deadline when shorter than its period, else the period. */
static inline uint64_t hx_intent_window(const hx_intent *in) {
  return in->deadline && in->deadline < in->period ? in->deadline : in->period;
}

typedef struct hx_task_stats {
  uint32_t activations;      /* releases of a periodic task, wake-ups of any other */
  uint64_t cpu_ticks;        /* time on the CPU */
  uint64_t response_max;     /* activation to completion (job end, or the next sleep) */
  uint64_t response_sum;
  uint32_t responses;
  uint64_t latency_max;      /* activation to first instruction */
  uint32_t deadline_misses;
  uint32_t budget_overruns;
  uint32_t stack_used;       /* high-water mark, bytes */
} hx_task_stats;

typedef struct hx_task {
  uint8_t state;
  uint8_t id;
  char name[16];
  hx_intent intent;
  uint64_t wake_at;          /* SLEEPING: when it becomes ready */
  uint64_t ready_at;         /* when it last became ready (activation) */
  uint64_t release;          /* periodic: release time of the current job */
  uint64_t abs_deadline;     /* release + deadline (or + period) */
  uint64_t job_cpu;          /* CPU time of the current job */
  uint64_t run_since;        /* when it was last switched in */
  uint32_t order;            /* round-robin: when it last ran, in switches */
  uint8_t started;           /* it has run since its activation */
  uint8_t awaiting_release;  /* periodic: between jobs */
  int16_t release_sem;       /* sporadic: jobs are released by gives of this semaphore + 1 (an interrupt); 0 = by the clock */
  uint8_t wait_result;       /* HX_WAIT_* of its last wait */
  const void *blocked_on;    /* SLEEPING on a kernel object (sync.c), or null */
  struct hx_task *donor;     /* the waiter whose rank it inherits (a mutex with inheritance), or null */
  hx_jmp_buf ctx;
  hx_handler *handler_top;   /* its chain of try blocks while switched out */
  uint8_t *stack;            /* lowest address of its stack */
  hx_task_stats stats;
  struct {                   /* owned by the scheduler module */
    uint64_t budget_left;    /* of the current job or server period */
    uint64_t deadline;       /* a server's scheduling deadline */
    uint8_t throttled;       /* its budget is spent: no reservation until replenished */
  } sched;
} hx_task;

/* System-wide figures. */
typedef struct hx_sched_stats {
  uint64_t started_at;       /* when the scheduler started */
  uint64_t idle_ticks;
  uint32_t context_switches;
} hx_sched_stats;

extern hx_task hx_tasks[HX_MAX_TASKS];
extern hx_task *hx_task_current;     /* null while the program's top level runs */
extern hx_sched_stats hx_sched_stats_now;

/* Result codes of hx_task_create. */
#define HX_TASK_ERR_FULL (-1)        /* no free slot: raise HX_MAX_TASKS ([runtime] tasks) */
#define HX_TASK_ERR_ADMISSION (-2)   /* the RealTime set would no longer be schedulable */
#define HX_TASK_ERR_INTENT (-3)      /* the intent is malformed or this scheduler cannot honour it */

/* Create a task, admitted but not yet runnable. Returns its id or an error. */
int hx_task_create(const hx_intent *intent);
/* Let it run: when the scheduler starts, or at once if it is running (its body and name are registered by then). */
void hx_task_start(int id);
/* Before hx_task_start: a RealTime task's jobs are released by gives of `sem` (interrupt.h) instead of its period,
   which becomes the minimum time between releases that admission assumed. */
void hx_task_release_on(int id, int sem);
void hx_task_set_name_char(int id, int index, int ch);

/* Calls from the running task. */
void hx_task_sleep_until(uint64_t t);
void hx_task_yield(void);

#define HX_WAIT_OK 0
#define HX_WAIT_TIMEOUT 1
/* Wait until `until` (UINT64_MAX: no limit), or until hx_task_unblock when `on` names a kernel object. */
int hx_task_wait(const void *on, uint64_t until);
/* Make a task waiting on an object ready (its wait returns HX_WAIT_OK). */
void hx_task_unblock(hx_task *t);
/* Of the tasks waiting on `on`, the one the scheduler ranks first (null if none). */
hx_task *hx_task_best_waiter(const void *on);

/* Run the tasks until every one has finished (never returns if one runs for ever). */
void hx_sched_run(void);
int hx_task_count(void);
uint32_t hx_task_stack_used(const hx_task *t); /* high-water mark in bytes */
void hx_task_report(void); /* the tasks' part of the run report (task_report.c) */
void hx_stack_guard_init(void); /* the top level's stack limit (wasm_rt.h HX_STACK_CHECK) */

/* A host call's timeout in microseconds as a wait deadline (task_host.c): < 0 none, 0 only try. */
uint64_t hx_deadline_after_us(double us);

/* The timer interrupt of a preemptive scheduler (port.h hx_tick_start) calls this. */
void hx_tick(void);

/* Target code (targets/<isa>/context.c): make ctx start entry on a fresh stack. */
void hx_ctx_init(hx_jmp_buf ctx, uint8_t *stack_top, void (*entry)(void));

#endif
