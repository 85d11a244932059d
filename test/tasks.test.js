// The kernel's tasks in QEMU on all three ISAs: cooperative scheduling, sleep,
// statistics, stack guards, exceptions in tasks, and admission at build time
// and at run time.

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { outDir, runCli } from './support/cli.js';
import { APPS, EXAMPLES, QEMU_BOARDS } from './support/paths.js';

const onEveryBoard = (fn) => Promise.all(QEMU_BOARDS.map(fn));
const explain = (board, r) => `${board}: exit ${r.status}\n--- stderr ---\n${r.stderr}\n--- stdout ---\n${r.stdout}`;
const run = (app, board, extra = []) => runCli(['run', app, '--board', board, '-o', outDir(`${path.basename(app)}-${board}`), '-q', ...extra]);

/** The rows of the --stats table, by task name. */
function statsRows(stderr) {
  const lines = stderr.split('\n');
  const head = lines.findIndex((l) => /^\s+task\s+class\s+activations/.test(l));
  if (head < 0) return {};
  const rows = {};
  for (const l of lines.slice(head + 1)) {
    const cells = l.trim().split(/\s+/);
    if (cells.length < 10) break;
    const [name, cls, activations, cpu, respMax, respMean, latMax, misses, overruns, stack] = cells;
    rows[name] = { cls, activations: Number(activations), cpu: Number(cpu), misses: Number(misses), overruns: Number(overruns), stack };
  }
  return rows;
}

test('examples/tasks: three tasks share the CPU cooperatively, sleep for their time, and --stats reports them', async () => {
  // What the example's source says must happen, computed here.
  const sums = [];
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    for (let k = 0; k < 1000; k++) sum = (sum + k * i) | 0;
    sums.push(`crunch step ${i}: ${sum}`);
  }
  const runs = await onEveryBoard((b) => run(path.join(EXAMPLES, 'tasks'), b, ['--stats']));
  runs.forEach((r, i) => {
    const board = QEMU_BOARDS[i];
    assert.is(r.status, 0, explain(board, r));
    const lines = r.stdout.trimEnd().split('\n');
    assert.is(lines[0], 'tasks declared', explain(board, r));
    assert.equal(lines.filter((l) => l.startsWith('crunch')), sums, explain(board, r));
    const times = lines.filter((l) => l.startsWith('sampler')).map((l) => {
      const m = /^sampler (\d) at (\d+) ms$/.exec(l);
      assert.ok(m, `${board}: ${l}`);
      return Number(m[2]);
    });
    assert.is(times.length, 5, explain(board, r));
    for (let k = 1; k < times.length; k++) assert.ok(times[k] - times[k - 1] >= 19, `${board}: sleeps of 20 ms: ${times}`);
    assert.is(lines[lines.length - 1], 'janitor: sampler ran 5 times', explain(board, r));
    const rows = statsRows(r.stderr);
    assert.equal(Object.keys(rows), ['sampler', 'crunch', 'janitor'], explain(board, r));
    assert.is(rows.sampler.activations, 6, 'the start and five wake-ups');
    assert.is(rows.crunch.cls, 'background');
    assert.ok(Object.values(rows).every((row) => row.misses === 0 && row.cpu > 0), explain(board, r));
    assert.match(r.stderr, /Scheduler statistics \([\d.]+ ms since the scheduler started, \d+ context switches, idle [\d.]+%\)/);
  });
});

test('tasks created at run time are admitted or refused by the kernel, on every board', async () => {
  const runs = await onEveryBoard((b) => run(path.join(APPS, 'tasks-runtime'), b));
  runs.forEach((r, i) => {
    assert.is(r.status, 1, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, [
      'interactive: not honoured', 'overload: refused', 'small admitted: true', 'control jobs >= 8: true',
      'small ran: true misses: 0', 'worker handle 1', 'Uncaught Error: done', '  in task "worker"', '',
    ].join('\n'), explain(QEMU_BOARDS[i], r));
  });
});

test('an exception escaping a task stops the program with exit 1 and names the task, on every board', async () => {
  const runs = await onEveryBoard((b) => run(path.join(APPS, 'tasks-uncaught'), b));
  runs.forEach((r, i) => {
    assert.is(r.status, 1, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, 'steady 0\nsteady 1\nUncaught Error: sensor not found\n  in task "faulty"\n', explain(QEMU_BOARDS[i], r));
  });
});

test('runaway recursion stops with a stack overflow report (exit 3), in a task and in the top level, on every board', async () => {
  const runs = await onEveryBoard(async (b) => [await run(path.join(APPS, 'tasks-stack-overflow'), b),
    await run(path.join(APPS, 'stack-overflow'), b)]);
  runs.forEach(([inTask, topLevel], i) => {
    assert.is(inTask.status, 3, explain(QEMU_BOARDS[i], inTask));
    assert.match(inTask.stdout, 'stack overflow in task "deep": it needs more than its 16384 bytes (raise [runtime] task_stack');
    assert.is(topLevel.status, 3, explain(QEMU_BOARDS[i], topLevel));
    assert.match(topLevel.stdout, /^start\n\nstack overflow in the program's top level: it needs more than its 65536 bytes/);
  });
});

const build = (app) => runCli(['build', path.join(APPS, app), '--board', 'qemu-mps2-an386', '-o', outDir(`${app}-build`)]);

test('an over-utilised RealTime set fails the build with the sum, the bound and each task', async () => {
  const r = await build('tasks-overloaded');
  assert.is(r.status, 2, r.stderr);
  // 5/10 + 8/20 + 4/20 = 1.1
  assert.match(r.stderr, 'main.ts:7:1: error: the task set cannot be scheduled by the cooperative scheduler: utilisation 1.100 exceeds the bound 1.000');
  assert.match(r.stderr, /"control"\s+budget 5 ms every 10 ms = 0\.500/);
  assert.match(r.stderr, /"sensor"\s+budget 8 ms every 20 ms = 0\.400/);
  assert.match(r.stderr, /"telemetry"\s+budget 4 ms every 20 ms = 0\.200/);
});

test('the cooperative scheduler refuses intents it cannot honour, naming the tasks', async () => {
  const mixed = await build('tasks-rt-and-batch');
  assert.is(mixed.status, 2, mixed.stderr);
  assert.match(mixed.stderr, 'main.ts:10:1: error: RealTime task "control" needs its deadlines kept, but task "crunch" (batch) declares no budget');
  assert.match(mixed.stderr, 'hint: set scheduler = "dis"');
  const latency = await build('tasks-interactive');
  assert.is(latency.status, 2, latency.stderr);
  assert.match(latency.stderr, 'main.ts:4:1: error: task "ui" has a latency target (16 ms), which the cooperative scheduler cannot promise');
});

test.run();
