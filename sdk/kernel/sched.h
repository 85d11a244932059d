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
  /* May this intent join the running set? 0, or an HX_TASK_ERR_* code. */
  int (*admit)(const hx_intent *intent);
  /* The ready task to run next, or null when none is ready. */
  hx_task *(*pick)(uint64_t now);
} hx_scheduler;

/* The module the board chose (defined by sched/<name>.c). */
extern const hx_scheduler hx_scheduler_module;

#endif
