// The firmware's closing run report (sdk/kernel/exit.c) is removed from the
// console stream and parsed, wherever the chunks happen to split it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { heapUse, runReportFilter, schedStats } from '../sdk/qemu/run-report.js';

function feed(chunks) {
  const out = [];
  const f = runReportFilter((c) => out.push(Buffer.from(c)));
  for (const c of chunks) f.write(Buffer.from(c, 'latin1'));
  f.end();
  return { text: Buffer.concat(out).toString('latin1'), report: f.report() };
}

const STREAM = 'hello\nworld\n\x1b]helix;heap=12345/65536\x07';

test('the report is removed and parsed when it arrives in one chunk', () => {
  const { text, report } = feed([STREAM]);
  assert.is(text, 'hello\nworld\n');
  assert.equal(heapUse(report), { used: 12345, arena: 65536 });
});

test('the report is found at every possible split of the stream', () => {
  for (let i = 0; i <= STREAM.length; i++) {
    for (let j = i; j <= STREAM.length; j++) {
      const { text, report } = feed([STREAM.slice(0, i), STREAM.slice(i, j), STREAM.slice(j)]);
      assert.is(text, 'hello\nworld\n', `split at ${i}/${j}`);
      assert.equal(heapUse(report), { used: 12345, arena: 65536 }, `split at ${i}/${j}`);
    }
  }
});

test("the program's own escape sequences pass through untouched", () => {
  const colours = '\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b';
  const { text, report } = feed([colours]);
  assert.is(text, colours);
  assert.is(report, null);
  assert.is(heapUse(report), null);
});

test('output without a report (a crash that could not report) is kept whole', () => {
  const { text, report } = feed(['partial line', ' \x1b]hel']);
  assert.is(text, 'partial line \x1b]hel');
  assert.is(report, null);
});

test('the scheduler figures are parsed in task order, and absent when no task was declared', () => {
  const { report } = feed(['\x1b]helix;heap=1/2;pool0=frames,128,16,3,9;sched=14,900,1000;task1=ui,batch,3,40,7,5,1,0,0,800,16384;'
    + 'task0=ctl,realtime,10,60,9,6,2,1,2,700,16384\x07']);
  const s = schedStats(report);
  assert.equal({ ...s, tasks: undefined, pools: undefined },
    { contextSwitches: 14, idleUs: 900, elapsedUs: 1000, tasks: undefined, pools: undefined });
  assert.equal(s.pools, [{ name: 'frames', blockBytes: 128, blocks: 16, inUse: 3, highWater: 9 }]);
  assert.equal(s.tasks.map((t) => [t.name, t.class, t.activations, t.deadlineMisses, t.budgetOverruns, t.stackUsed]),
    [['ctl', 'realtime', 10, 1, 2, 700], ['ui', 'batch', 3, 0, 0, 800]]);
  assert.is(schedStats(feed(['\x1b]helix;heap=1/2\x07']).report), null);
});

test.run();
