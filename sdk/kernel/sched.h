/*
 * The scheduler interface: the policy the core (task.c) asks. A module lives in
 * sdk/kernel/sched/<name>.c and the board file chooses it with
 * [runtime] scheduler = "<name>"; the build compiles exactly that one.
 */
#ifndef HX_SCHED_H
#define HX_SCHED_H

#include "task.h"

typedef struct hx_scheduler {
  const char *name;
  /* Start the timer tick and take the CPU back at preemption points (wasm_rt.h)? */
  int preemptive;
  /* May this intent join the running set? 0, or an HX_TASK_ERR_* code. */
  int (*admit)(const hx_intent *intent);
  /* The ready task to run next, or null when none is ready. */
  hx_task *(*pick)(uint64_t now);
  /* Does a rank before b (who gets a semaphore or mutex first)? */
  int (*precedes)(const hx_task *a, const hx_task *b);
  /* Optional: a task became ready (a wake-up or a job release). */
  void (*activated)(hx_task *t, uint64_t now);
  /* Optional: t ran for `ran` ticks up to now (called whenever it leaves the CPU or is re-picked). */
  void (*charge)(hx_task *t, uint64_t ran, uint64_t now);
  /* Optional: the time at which the policy wants to decide again while t runs (UINT64_MAX: never). */
  uint64_t (*until)(const hx_task *t, uint64_t now);
} hx_scheduler;

/* The module the board chose (defined by sched/<name>.c). */
extern const hx_scheduler hx_scheduler_module;

#endif
