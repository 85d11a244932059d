// Build-time admission: the EDF tests against worked examples from scheduling
// theory (../shared/notes/scheduling-theory.md), and the task set a program
// declares, as the build reads it.

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { checkAdmission, edfSchedulable } from '../codegen/admission.js';
import { declaredTasks } from '../codegen/intents.js';
import { typeCheck } from '../codegen/typecheck.js';
import { APPS } from './support/paths.js';

const job = (C, D, T) => ({ C, D, T });

test('EDF admits the worked example that fails both utilisation bounds of rate-monotonic scheduling', () => {
  // (C, T) = (1, 4), (2, 6), (3, 12), D = T: U = 0.833 > 0.780 (Liu & Layland, n = 3), yet schedulable.
  const r = edfSchedulable([job(1, 4, 4), job(2, 6, 6), job(3, 12, 12)]);
  assert.ok(r.ok);
  assert.ok(Math.abs(r.utilisation - (1 / 4 + 2 / 6 + 3 / 12)) < 1e-12);
});

test('EDF refuses utilisation above 1 and reports the sum', () => {
  const r = edfSchedulable([job(5, 10, 10), job(8, 20, 20), job(4, 20, 20)]);
  assert.not.ok(r.ok);
  assert.ok(Math.abs(r.utilisation - 1.1) < 1e-12);
});

test('EDF with constrained deadlines: the density test would refuse, the demand test admits', () => {
  // Linux sched-deadline.rst: (runtime, deadline, period) = (50, 50, 100) and (10, 100, 100), density 1.1.
  assert.ok(edfSchedulable([job(50, 50, 100), job(10, 100, 100)]).ok);
});

test('EDF with constrained deadlines: demand above the window is refused even at utilisation 1', () => {
  // In the first 3 units both jobs are due: 2 + 2 = 4 > 3.
  const r = edfSchedulable([job(2, 2, 4), job(2, 3, 4)]);
  assert.not.ok(r.ok);
  assert.is(r.L, 3);
  assert.is(r.demand, 4);
});

test('non-preemptive EDF counts the longest job that may already be running', () => {
  // Preemptive: U = 1/3 + 1/4, fine. Run to completion, a 3-unit job can delay a 1-unit job due within 3: 1 + 3 > 3.
  const jobs = [job(1, 3, 3), job(3, 12, 12)];
  assert.ok(edfSchedulable(jobs).ok);
  const np = edfSchedulable(jobs, { nonPreemptive: true });
  assert.not.ok(np.ok);
  assert.is(np.L, 3);
  assert.is(np.demand, 4);
  assert.ok(edfSchedulable([job(1, 4, 4), job(2, 12, 12)], { nonPreemptive: true }).ok);
});

test('the build reads intents written with constants, arithmetic and ms()', () => {
  const tasks = declaredTasks(typeCheck(path.join(APPS, 'tasks-overloaded', 'main.ts')));
  assert.equal(tasks.map((t) => [t.name, t.intent.class, t.intent.period, t.intent.budget, t.once]), [
    ['control', 'realtime', 10000, 5000, true],
    ['sensor', 'realtime', 20000, 8000, true],
    ['telemetry', 'realtime', 20000, 4000, true],
  ]);
  assert.equal(tasks.map((t) => t.at.line), [5, 6, 7]);
});

test('tasks created inside a function are left to run-time admission', () => {
  const tasks = declaredTasks(typeCheck(path.join(APPS, 'tasks-runtime', 'main.ts')));
  assert.equal(tasks.map((t) => [t.name, t.once]), [
    ['control', true], ['worker', true], ['ui', false], ['big', false], ['small', false],
  ]);
  // The two top-level jobs (0.2 + 0.1) pass even the non-preemptive test.
  const r = checkAdmission(tasks, 'cooperative');
  assert.is(r.tasks, 2);
  assert.ok(Math.abs(r.utilisation - 0.3) < 1e-12);
});

const declared = (intent, name = 't', line = 1) => ({
  name, intent, unknown: [], once: true, at: { file: '/app/main.ts', line, column: 1, source: '' },
});
const refusal = (fn) => {
  try { fn(); } catch (e) { return e.errors.map((x) => x.message).join('\n'); }
  throw new Error('expected a refusal');
};

test('the dis scheduler admits RealTime jobs at 80 % next to a Batch task, and counts CPU shares', () => {
  const set = [
    declared({ class: 'realtime', period: 10000, budget: 3000 }, 'a'),
    declared({ class: 'realtime', period: 20000, budget: 5000 }, 'b'),
    declared({ class: 'realtime', period: 40000, budget: 10000 }, 'c'),
    declared({ class: 'batch' }, 'crunch'),
  ];
  assert.ok(Math.abs(checkAdmission(set, 'dis').utilisation - 0.8) < 1e-12);
  const withShare = [...set, declared({ class: 'interactive', latency: 16000, cpu: 0.3 }, 'ui')];
  assert.match(refusal(() => checkAdmission(withShare, 'dis')), 'utilisation 1.100 exceeds the bound 1.000 of EDF');
});

test('intents that can never be met are refused whatever the scheduler', () => {
  assert.match(refusal(() => checkAdmission([declared({ class: 'realtime', period: 1000, budget: 2000 })], 'dis')),
    'budget (2 ms) is longer than its deadline (1 ms)');
  assert.match(refusal(() => checkAdmission([declared({ class: 'realtime', period: 1000, deadline: 2000, budget: 10 })], 'dis')),
    'deadline (2 ms) longer than its period (1 ms)');
  assert.match(refusal(() => checkAdmission([declared({ class: 'batch', cpu: 1.5 })], 'dis')), 'CPU share of 1.5');
  const unknown = { ...declared({ class: 'realtime', budget: 10 }), unknown: ['period'] };
  assert.match(refusal(() => checkAdmission([unknown], 'dis')), 'period of RealTime task "t" must be known at build time');
});

test.run();
