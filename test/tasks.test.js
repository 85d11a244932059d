// The kernel's tasks in QEMU on all three ISAs: the dis (preemptive, the
// boards' default) and cooperative schedulers, sleep, statistics, budgets,
// stack guards, exceptions in tasks, and admission at build time and at run time.

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { outDir, runCli } from './support/cli.js';
import { APPS, EXAMPLES, FIXTURES, QEMU_BOARDS } from './support/paths.js';

const onEveryBoard = (fn) => Promise.all(QEMU_BOARDS.map(fn));
const explain = (board, r) => `${board}: exit ${r.status}\n--- stderr ---\n${r.stderr}\n--- stdout ---\n${r.stdout}`;
// One output directory per board: the kernel's objects are compiled once and shared by every program
// (the runs of one board are sequential; boards run side by side).
const run = (app, board, extra = []) => runCli(['run', app, '--board', board,
  '-o', outDir(`tasks-${path.basename(board, '.toml')}`), '-q', ...extra]);
const COOPERATIVE = ['--scheduler', 'cooperative'];

/** Run a fixture on every board and require its exit status and exact console output; returns the runs. */
async function expectOnEveryBoard(app, status, stdout, extra = []) {
  const runs = await onEveryBoard((b) => run(path.join(APPS, app), b, extra));
  runs.forEach((r, i) => {
    assert.is(r.status, status, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, stdout, explain(QEMU_BOARDS[i], r));
  });
  return runs;
}

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

test('examples/tasks: three tasks share the CPU, sleep for their time, and --stats reports them, under both schedulers', async () => {
  // What the example's source says must happen, computed here.
  const sums = [];
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    for (let k = 0; k < 1000; k++) sum = (sum + k * i) | 0;
    sums.push(`crunch step ${i}: ${sum}`);
  }
  const runs = (await onEveryBoard(async (b) => [await run(path.join(EXAMPLES, 'tasks'), b, ['--stats']),
    await run(path.join(EXAMPLES, 'tasks'), b, ['--stats', ...COOPERATIVE])])).flat();
  runs.forEach((r, i) => {
    const board = `${QEMU_BOARDS[i >> 1]}${i % 2 ? ' (cooperative)' : ''}`;
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
  const runs = await onEveryBoard(async (b) => [await run(path.join(APPS, 'tasks-runtime'), b, COOPERATIVE),
    await run(path.join(APPS, 'tasks-runtime'), b)]);
  const rest = ['overload: refused', 'small admitted: true', 'control jobs >= 8: true', 'small ran: true misses: 0',
    'worker handle 1', 'Uncaught Error: done', '  in task "worker"', ''];
  runs.forEach(([cooperative, dis], i) => {
    assert.is(cooperative.status, 1, explain(QEMU_BOARDS[i], cooperative));
    // Cooperative scheduling cannot promise a latency target; dis gives the interactive task slot 2.
    assert.is(cooperative.stdout, ['interactive: not honoured', ...rest].join('\n'), explain(QEMU_BOARDS[i], cooperative));
    assert.is(dis.status, 1, explain(QEMU_BOARDS[i], dis));
    assert.is(dis.stdout, ['interactive: 2', ...rest].join('\n'), explain(QEMU_BOARDS[i], dis));
  });
});

test('examples/intents: RealTime jobs at 80 % keep every deadline for 10 s next to a Batch task that never yields', async () => {
  const runs = await onEveryBoard((b) => run(path.join(EXAMPLES, 'intents'), b, ['--stats']));
  runs.forEach((r, i) => {
    const board = QEMU_BOARDS[i];
    assert.is(r.status, 0, explain(board, r));
    assert.match(r.stdout, /^after (\d+) ms: 0 deadline misses; the batch task counted to a positive number\n$/, explain(board, r));
    assert.ok(Number(/after (\d+) ms/.exec(r.stdout)[1]) >= 10000, explain(board, r));
    const rows = statsRows(r.stderr);
    for (const [name, period] of [['control', 10], ['sensor', 20], ['telemetry', 40]]) {
      assert.is(rows[name]?.misses, 0, explain(board, r));
      assert.is(rows[name].overruns, 0, explain(board, r));
      assert.ok(rows[name].activations >= 10000 / period - 2, `${board} ${name}: ${rows[name].activations} jobs`);
    }
    // The jobs use about 65 % of the CPU (2.5/10 + 4/20 + 8/40); the batch task gets most of the rest.
    assert.ok(rows.crunch.cpu > 2500, `${board}: crunch ran ${rows.crunch.cpu} ms`);
  });
});

test('a Batch task that overruns its CPU share is throttled; the Interactive task keeps its latency target', async () => {
  await expectOnEveryBoard('tasks-throttle', 0,
    'ui activations > 100: true\nui response within 16 ms: true\nhog throttled: true\nhog still ran: true\n');
});

test('preempted tasks allocating strings and objects side by side never corrupt each other', async () => {
  // Nothing is freed yet, so MPS2 runs this with a larger heap than its default 64 KiB.
  const boards = [path.join(FIXTURES, 'boards', 'mps2-large-heap.toml'), 'qemu-virt-riscv64', 'qemu-x86_64'];
  const runs = await Promise.all(boards.map((b) => run(path.join(APPS, 'tasks-stress'), b, ['--stats'])));
  runs.forEach((r, i) => {
    assert.is(r.status, 0, explain(boards[i], r));
    assert.is(r.stdout, 'finished: 3 errors: 0\n', explain(boards[i], r));
    const switches = Number(/(\d+) context switches/.exec(r.stderr)?.[1]);
    assert.ok(switches >= 50, `${boards[i]}: only ${switches} context switches`);
  });
});

test('an exception escaping a task stops the program with exit 1 and names the task, on every board', async () => {
  await expectOnEveryBoard('tasks-uncaught', 1, 'steady 0\nsteady 1\nUncaught Error: sensor not found\n  in task "faulty"\n');
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

test('priority inheritance: the classic inversion completes within the bound with it, and exceeds it without', async () => {
  const dir = path.join(APPS, 'tasks-inversion');
  const runs = await onEveryBoard(async (b) => [await run(path.join(dir, 'with-inheritance.ts'), b),
    await run(path.join(dir, 'without-inheritance.ts'), b)]);
  const response = (r) => Number(/^high: first response (\d+) ms/.exec(r.stdout)?.[1]);
  runs.forEach(([withPi, withoutPi], i) => {
    const board = QEMU_BOARDS[i];
    assert.is(withPi.status, 0, explain(board, withPi));
    assert.is(withoutPi.status, 0, explain(board, withoutPi));
    // Bound: the 5 ms critical section of "low", then 1 ms of its own work, within its 10 ms deadline.
    assert.ok(response(withPi) <= 10, explain(board, withPi));
    assert.match(withPi.stdout, 'deadline misses 0');
    // Without inheritance "middle" (25 ms of work) runs first.
    assert.ok(response(withoutPi) >= 25, explain(board, withoutPi));
    assert.match(withoutPi.stdout, 'deadline misses 1');
  });
});

test('channels copy messages, event flags and semaphores wake waiters, timeouts expire, under both schedulers', async () => {
  const expected = ['received squares 0 1 4 9 16 sum 30', 'empty channel times out: true', 'flags 1',
    'flags were cleared: true', 'semaphore given once: true false', 'timed out after about 3 ms: true', ''].join('\n');
  const runs = (await onEveryBoard(async (b) => [await run(path.join(APPS, 'tasks-ipc'), b),
    await run(path.join(APPS, 'tasks-ipc'), b, COOPERATIVE)])).flat();
  runs.forEach((r, i) => {
    assert.is(r.status, 0, explain(QEMU_BOARDS[i >> 1], r));
    assert.is(r.stdout, expected, explain(QEMU_BOARDS[i >> 1], r));
  });
});

test('tasks that wait for each other with no timeout stop the program with a deadlock report (exit 3)', async () => {
  await expectOnEveryBoard('tasks-deadlock', 3, '\ndeadlock: every task is waiting with no timeout: "left" "right"\n');
});

test('the board\'s pools: exhaustion, reuse, block data, waiting with a timeout, high-water mark in --stats', async () => {
  const runs = await expectOnEveryBoard('tasks-pools', 0, ['the board declares no pool "nope" (add it under [pools] in the board file)',
    '16 blocks: true then exhausted: true', 'data kept: 200 outside the block: -1', 'waited for a block: true',
    'in use 0 high-water 16 of 16 x 128 B', 'not a block: false', ''].join('\n'), ['--stats']);
  for (const r of runs) assert.match(r.stderr, '  frames: 16 blocks of 128 B, 0 in use at the end, high-water mark 16');
});

test('a software interrupt\'s handler wakes the task waiting on its semaphore, 100 times out of 100', async () => {
  await expectOnEveryBoard('tasks-softirq', 0, 'handled 100\n');
});

const build = (app, extra = []) => runCli(['build', app, '--board', 'qemu-mps2-an386',
  '-o', outDir(`${path.basename(app)}-build${extra.join('')}`), ...extra]);

test('an over-utilised RealTime set fails the build with the sum, the bound and each task, under both schedulers', async () => {
  for (const [extra, scheduler, test] of [[[], 'dis', 'EDF'], [COOPERATIVE, 'cooperative', 'non-preemptive EDF']]) {
    const r = await build(path.join(APPS, 'tasks-overloaded'), extra);
    assert.is(r.status, 2, r.stderr);
    // 5/10 + 8/20 + 4/20 = 1.1
    assert.match(r.stderr, `main.ts:7:1: error: the task set cannot be scheduled by the ${scheduler} scheduler: utilisation 1.100 exceeds the bound 1.000 of ${test}\n`);
    assert.match(r.stderr, /"control"\s+budget 5 ms every 10 ms = 0\.500/);
    assert.match(r.stderr, /"sensor"\s+budget 8 ms every 20 ms = 0\.400/);
    assert.match(r.stderr, /"telemetry"\s+budget 4 ms every 20 ms = 0\.200/);
  }
});

test('the cooperative scheduler refuses intents it cannot honour, naming the tasks', async () => {
  const mixed = await build(path.join(EXAMPLES, 'intents'), COOPERATIVE);
  assert.is(mixed.status, 2, mixed.stderr);
  assert.match(mixed.stderr, 'main.ts:16:17: error: RealTime task "control" needs its deadlines kept, but task "crunch" (batch) declares no budget');
  assert.match(mixed.stderr, 'hint: set scheduler = "dis"');
  const latency = await build(path.join(APPS, 'tasks-interactive'), COOPERATIVE);
  assert.is(latency.status, 2, latency.stderr);
  assert.match(latency.stderr, 'main.ts:4:1: error: task "ui" has a latency target (16 ms), which the cooperative scheduler cannot promise');
});

test.run();
