// Build-time admission: check the task set the program declares at its top level
// (codegen/intents.js) against the scheduler the board chose, and refuse a set
// that cannot keep its promises, with the sums and the bound in the message.
//
//   dis          RealTime jobs and the CPU shares of Interactive/Batch tasks
//                (constant-bandwidth servers) share one EDF processor: exact
//                processor-demand test (Baruah, Rosier & Howell 1990).
//   cooperative  no preemption: only a set made entirely of budgeted RealTime
//                jobs can be promised anything; it must pass the non-preemptive
//                EDF demand test (George, Rivierre & Spuri 1996). CPU shares and
//                latency targets need preemption and are refused.
//
// The kernel repeats a simpler, sufficient test when a task is created at run
// time (sdk/kernel/sched/*.c admit()).

import path from 'node:path';

import { BuildError, BuildErrors } from './diagnostics.js';

/** The bound on total EDF utilisation. */
export const EDF_BOUND = 1;
/** A Batch CPU share with no latency target is served in windows of this length (µs). */
export const BATCH_SERVER_PERIOD_US = 100000;
/** Beyond this many deadlines to check, the exact test gives way to the (sufficient) density test. */
const MAX_CHECKPOINTS = 200000;
const EPS = 1e-9;

const gcd = (a, b) => (b ? gcd(b, a % b) : a);

/**
 * EDF schedulability of jobs on one processor.
 * @param {{ C: number, D: number, T: number }[]} jobs budget, relative deadline, period (same unit)
 * @param {{ nonPreemptive?: boolean }} [opts] jobs run to completion once started
 * @returns {{ ok: boolean, utilisation: number, L?: number, demand?: number, exact: boolean }}
 *   when not ok because of demand: in the first L time units the jobs need `demand`
 */
export function edfSchedulable(jobs, { nonPreemptive = false } = {}) {
  const utilisation = jobs.reduce((s, j) => s + j.C / j.T, 0);
  if (!jobs.length) return { ok: true, utilisation, exact: true };
  if (utilisation > EDF_BOUND + EPS) return { ok: false, utilisation, exact: true };
  const cMax = Math.max(...jobs.map((j) => j.C));
  const dMax = Math.max(...jobs.map((j) => j.D));
  const slack = jobs.reduce((s, j) => s + Math.max(0, j.T - j.D) * (j.C / j.T), 0) + (nonPreemptive ? cMax : 0);
  let horizon;
  if (utilisation < EDF_BOUND - EPS) {
    horizon = Math.max(dMax, slack / (EDF_BOUND - utilisation));
  } else {
    horizon = jobs.map((j) => Math.round(j.T)).reduce((h, t) => (h / gcd(h, t)) * t, 1) + dMax;
  }
  const points = jobs.reduce((n, j) => n + Math.max(0, Math.floor((horizon - j.D) / j.T) + 1), 0);
  if (points > MAX_CHECKPOINTS) {
    const density = jobs.reduce((s, j) => s + j.C / Math.min(j.D, j.T), 0) + (nonPreemptive ? cMax / Math.min(...jobs.map((j) => j.D)) : 0);
    return { ok: density <= EDF_BOUND + EPS, utilisation, exact: false };
  }
  const deadlines = new Set();
  for (const j of jobs) for (let d = j.D; d <= horizon + EPS; d += j.T) deadlines.add(d);
  for (const L of [...deadlines].sort((a, b) => a - b)) {
    let demand = jobs.reduce((s, j) => s + (L >= j.D ? (Math.floor((L - j.D) / j.T + EPS) + 1) * j.C : 0), 0);
    if (nonPreemptive) demand += Math.max(0, ...jobs.filter((j) => j.D > L).map((j) => j.C));
    if (demand > L + EPS) return { ok: false, utilisation, L, demand, exact: true };
  }
  return { ok: true, utilisation, exact: true };
}

const CLASSES = ['realtime', 'interactive', 'batch', 'background', 'idle'];

function fmtTime(us) {
  if (us >= 1000 && us % 1000 === 0) return `${us / 1000} ms`;
  if (us >= 1000) return `${(us / 1000).toFixed(3)} ms`;
  return `${us} us`;
}

function label(t) {
  return `"${t.name ?? '(unnamed)'}"`;
}

function where(t) {
  return { file: t.at.file, line: t.at.line, column: t.at.column, source: t.at.source };
}

function shortWhere(t) {
  return `${path.relative(process.cwd(), t.at.file) || t.at.file}:${t.at.line}:${t.at.column}`;
}

/** Problems with one intent on its own. */
function intentProblems(t) {
  const i = t.intent;
  const out = [];
  if (i.class !== undefined && !CLASSES.includes(i.class)) {
    out.push(new BuildError(`task ${label(t)} has the unknown class "${i.class}"`, {
      ...where(t), hint: `the classes are ${CLASSES.join(', ')}`,
    }));
    return out;
  }
  if (i.class === 'realtime') {
    const missing = ['period', 'budget'].filter((k) => t.unknown.includes(k) || (t.unknown.includes('the whole intent')));
    if (missing.length || t.unknown.includes('deadline')) {
      out.push(new BuildError(`the ${[...missing, ...(t.unknown.includes('deadline') ? ['deadline'] : [])].join(' and ')} of RealTime task ${label(t)} must be known at build time, so that the task set can be checked`, {
        ...where(t), hint: 'write them with literals, constants and ms()/us()/seconds(); or create the task inside a function, where the kernel checks it when it runs',
      }));
      return out;
    }
    const D = i.deadline ?? i.period;
    if (!(i.period > 0) || !(i.budget > 0) || !(D > 0)) {
      out.push(new BuildError(`RealTime task ${label(t)} needs a period, a budget and a deadline greater than zero`, where(t)));
    } else if (D > i.period) {
      out.push(new BuildError(`RealTime task ${label(t)} has a deadline (${fmtTime(D)}) longer than its period (${fmtTime(i.period)})`, {
        ...where(t), hint: 'a job must finish before the next one is released: make the deadline at most the period',
      }));
    } else if (i.budget > D) {
      out.push(new BuildError(`RealTime task ${label(t)} can never meet its deadline: its budget (${fmtTime(i.budget)}) is longer than its deadline (${fmtTime(D)})`, where(t)));
    }
  }
  if (i.cpu !== undefined && !(i.cpu > 0 && i.cpu <= 1)) {
    out.push(new BuildError(`task ${label(t)} asks for a CPU share of ${i.cpu}; a share is a number above 0 and at most 1`, where(t)));
  }
  return out;
}

/** The set's jobs and servers, each with the task it stands for. */
function jobsOf(tasks) {
  const jobs = [];
  for (const t of tasks) {
    const i = t.intent;
    if (i.class === 'realtime') jobs.push({ C: i.budget, D: i.deadline ?? i.period, T: i.period, task: t, kind: 'job' });
    else if (i.cpu > 0 && (i.class === 'interactive' || i.class === 'batch')) {
      const T = i.class === 'interactive' && i.latency > 0 ? i.latency : BATCH_SERVER_PERIOD_US;
      jobs.push({ C: i.cpu * T, D: T, T, task: t, kind: 'share' });
    }
  }
  return jobs;
}

function setError(jobs, result, { scheduler, testName }) {
  const lines = jobs.map((j) => `  ${label(j.task).padEnd(18)} ${j.kind === 'job'
    ? `budget ${fmtTime(j.C)} every ${fmtTime(j.T)}${j.D !== j.T ? `, deadline ${fmtTime(j.D)}` : ''}`
    : `CPU share ${j.task.intent.cpu} (served ${fmtTime(j.C)} every ${fmtTime(j.T)})`} = ${(j.C / j.T).toFixed(3)}  (${shortWhere(j.task)})`);
  const sum = `utilisation ${result.utilisation.toFixed(3)}`;
  const why = result.L === undefined
    ? `${sum} exceeds the bound ${EDF_BOUND.toFixed(3)} of ${testName}`
    : `${sum} is within the bound ${EDF_BOUND.toFixed(3)}, but in the first ${fmtTime(result.L)} the jobs need ${fmtTime(Math.round(result.demand))} (${testName}, processor-demand test)`;
  const last = jobs[jobs.length - 1].task;
  return new BuildError(`the task set cannot be scheduled by the ${scheduler} scheduler: ${why}\n${lines.join('\n')}`, {
    ...where(last),
    hint: scheduler === 'cooperative'
      ? 'shorten budgets or lengthen periods; a long job blocks every other one under cooperative scheduling, so scheduler = "dis" in the board file may admit this set'
      : 'shorten budgets, lengthen periods or lower CPU shares until the sum is within the bound',
  });
}

function cooperativeProblems(tasks) {
  const out = [];
  for (const t of tasks) {
    const i = t.intent;
    if (i.cpu !== undefined) {
      out.push(new BuildError(`task ${label(t)} asks for a CPU share (cpu: ${i.cpu}), which the cooperative scheduler cannot enforce: it never preempts a task`, {
        ...where(t), hint: 'set scheduler = "dis" under [runtime] in the board file, or remove cpu from the intent',
      }));
    } else if (i.class === 'interactive') {
      out.push(new BuildError(`task ${label(t)} has a latency target (${fmtTime(i.latency)}), which the cooperative scheduler cannot promise: another task may keep the CPU for as long as it likes`, {
        ...where(t), hint: 'set scheduler = "dis" under [runtime] in the board file, or make the task "batch" or "background"',
      }));
    }
  }
  const rt = tasks.find((t) => t.intent.class === 'realtime');
  const other = tasks.find((t) => t.intent.class !== 'realtime');
  if (rt && other) {
    out.push(new BuildError(`RealTime task ${label(rt)} needs its deadlines kept, but task ${label(other)} (${other.intent.class}) declares no budget, so under the cooperative scheduler it may keep the CPU for ever (${shortWhere(other)})`, {
      ...where(rt), hint: 'set scheduler = "dis" under [runtime] in the board file, or make every task a RealTime job with a budget',
    }));
  }
  return out;
}

/**
 * Check the program's task set for a scheduler.
 * @param {import('./intents.js').DeclaredTask[]} declared
 * @param {string} scheduler the board's [runtime] scheduler
 * @throws {BuildErrors} when the set is refused
 * @returns {{ utilisation: number, tasks: number }} what was checked
 */
export function checkAdmission(declared, scheduler) {
  const tasks = declared.filter((t) => t.once);
  const errors = tasks.flatMap(intentProblems);
  if (errors.length) throw new BuildErrors(errors);
  const preemptive = scheduler !== 'cooperative';
  if (!preemptive) {
    const refused = cooperativeProblems(tasks);
    if (refused.length) throw new BuildErrors(refused);
  }
  const jobs = jobsOf(tasks);
  const result = edfSchedulable(jobs, { nonPreemptive: !preemptive });
  if (!result.ok) {
    throw new BuildErrors([setError(jobs, result, { scheduler, testName: preemptive ? 'EDF' : 'non-preemptive EDF' })]);
  }
  return { utilisation: result.utilisation, tasks: tasks.length };
}
