/// <reference path="../types/host.d.ts" />
/**
 * Tasks declared by intent: what a task needs (a class, and for timed classes a
 * period, deadline, budget, latency target or CPU share) instead of a bare
 * priority. The kernel admits, schedules and measures them; the board file
 * chooses the scheduler (`[runtime] scheduler = "cooperative"` or `"dis"`).
 * @module
 */

/** A duration or a point in time, in microseconds. */
export type Microseconds = number;

/** What the task prefers when the scheduler may trade speed for energy (recorded; no scheduler uses it yet). */
export type Energy = 'performance' | 'balanced' | 'efficient';

/**
 * A periodic job with a hard deadline: the body runs once per `period`, must
 * finish within `deadline` (default: the period) and is expected to need at most
 * `budget` of CPU time per job. The build refuses a RealTime set that is not
 * schedulable.
 */
export interface RealTimeIntent {
  class: 'realtime';
  period: Microseconds;
  deadline?: Microseconds;
  budget: Microseconds;
  energy?: Energy;
}

/** Reacts to events with a latency target; `cpu` is a guaranteed share (0-1) of the processor. */
export interface InteractiveIntent {
  class: 'interactive';
  latency: Microseconds;
  cpu?: number;
  energy?: Energy;
}

/** Throughput work with an optional CPU share (0-1). */
export interface BatchIntent {
  class: 'batch';
  cpu?: number;
  energy?: Energy;
}

/** Runs on time nobody else wants. */
export interface BackgroundIntent {
  class: 'background';
  energy?: Energy;
}

/** Runs only when nothing else can. */
export interface IdleIntent {
  class: 'idle';
}

export type Intent = RealTimeIntent | InteractiveIntent | BatchIntent | BackgroundIntent | IdleIntent;

/** A task's handle (0 and up) as returned by {@link task}. */
export type Task = number;

/** {@link task} could not create the task: every slot is taken (raise `[runtime] tasks` in the board file). */
export const TASK_TABLE_FULL = -1;
/** {@link task} refused the task: with it the RealTime set would no longer be schedulable. */
export const ADMISSION_REFUSED = -2;
/** {@link task} refused the task: the board's scheduler cannot honour this intent. */
export const INTENT_NOT_HONOURED = -3;

const bodies: (() => void)[] = [];

/** The body of task `id` (called by the kernel through the runtime, sdk/runtime/tasks.ts). */
export function __hx_task_body(id: number): () => void {
  return bodies[id];
}

function classNumber(intent: Intent): number {
  const c = intent.class;
  if (c === 'realtime') return 0;
  if (c === 'interactive') return 1;
  if (c === 'batch') return 2;
  if (c === 'background') return 3;
  return 4;
}

/**
 * Declare a task. Tasks declared by the program's top level start together
 * when the top level ends; a task declared by a running task starts at once,
 * if the scheduler admits it.
 *
 * @param name shown in statistics and error reports (up to 15 characters)
 * @param intent what the task needs
 * @param body the task's code; for a RealTime task, one job (called once per period)
 * @returns the task's handle, or a negative error ({@link ADMISSION_REFUSED}, {@link INTENT_NOT_HONOURED},
 *   {@link TASK_TABLE_FULL})
 *
 * @example
 * ```ts
 * import { task, ms, us, sleep } from "helix-sdk";
 * task("control", { class: "realtime", period: ms(10), budget: us(800) }, () => {
 *   // read sensors, update the outputs
 * });
 * task("ui", { class: "interactive", latency: ms(16) }, () => {
 *   for (;;) { redraw(); sleep(ms(16)); }
 * });
 * ```
 */
export function task(name: string, intent: Intent, body: () => void): Task {
  const id = defineTask(name, intent, body);
  if (id >= 0) __hx_task_start(id); // only now: a preemptive scheduler may run it at once
  return id;
}

/** task() without starting it: the SDK sets more up first (sdk/api/interrupts.ts). */
export function defineTask(name: string, intent: Intent, body: () => void): Task {
  const rt = intent as RealTimeIntent;
  const inter = intent as InteractiveIntent;
  const id = __hx_task_create(classNumber(intent), rt.period || 0, rt.deadline || 0, rt.budget || 0,
    inter.latency || 0, inter.cpu || 0) | 0;
  if (id < 0) return id;
  for (let i = 0; i < name.length; i++) __hx_task_name(id, i, name.charCodeAt(i));
  bodies[id] = body;
  return id;
}

/** Microseconds, as every duration in the task API is. @example `sleep(us(250))` */
export function us(n: number): Microseconds {
  return n;
}

/** Milliseconds as microseconds. @example `sleep(ms(16))` */
export function ms(n: number): Microseconds {
  return n * 1000;
}

/** Seconds as microseconds. @example `sleep(seconds(1))` */
export function seconds(n: number): Microseconds {
  return n * 1000000;
}

/**
 * Stop the calling task for at least `duration`; other tasks run meanwhile.
 * @example
 * ```ts
 * for (;;) { toggleLed(); sleep(ms(500)); }
 * ```
 */
export function sleep(duration: Microseconds): void {
  __hx_sleep(duration);
}

/**
 * Let other ready tasks of the same class run before the caller continues.
 * @example
 * ```ts
 * for (let i = 0; i < 1000; i++) { work(i); if (i % 10 === 0) yieldNow(); }
 * ```
 */
export function yieldNow(): void {
  __hx_yield();
}

/**
 * Time since boot in microseconds (from the board's timer).
 * @example
 * ```ts
 * const t0 = now(); work(); console.log("took", now() - t0, "us");
 * ```
 */
export function now(): Microseconds {
  return __hx_now() + 0;
}

/** What the kernel measured for one task (times in microseconds). */
export interface TaskStats {
  activations: number;
  cpuTime: Microseconds;
  responseMax: Microseconds;
  responseMean: Microseconds;
  latencyMax: Microseconds;
  deadlineMisses: number;
  budgetOverruns: number;
}

/**
 * The statistics of a task so far.
 * @example
 * ```ts
 * const s = taskStats(control);
 * if (s.deadlineMisses > 0) console.log("control missed", s.deadlineMisses, "deadlines");
 * ```
 */
export function taskStats(t: Task): TaskStats {
  return {
    activations: __hx_task_stat(t, 0) + 0,
    cpuTime: __hx_task_stat(t, 1) + 0,
    responseMax: __hx_task_stat(t, 2) + 0,
    responseMean: __hx_task_stat(t, 3) + 0,
    latencyMax: __hx_task_stat(t, 4) + 0,
    deadlineMisses: __hx_task_stat(t, 5) + 0,
    budgetOverruns: __hx_task_stat(t, 6) + 0,
  };
}

/**
 * End the program now with `status` (0 means success), from any task.
 * @example
 * ```ts
 * if (selfTestFailed) exit(1);
 * ```
 */
export function exit(status: number): void {
  __hx_exit(status);
}
