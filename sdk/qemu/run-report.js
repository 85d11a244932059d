// The firmware ends its console output with one terminal control string,
// ESC ] helix;key=value;... BEL (sdk/kernel/exit.c), carrying statistics of the
// run. Terminals do not display it; this filter removes it from the stream the
// user sees and parses it. The string can arrive split across chunks, so bytes
// that might start it are held back until it is complete or cannot be it.

const PREFIX = Buffer.from('\x1b]helix;');
const END = 0x07;

/**
 * @param {(chunk: Buffer) => void} forward receives the console output without the report
 * @returns {{ write: (chunk: Buffer) => void, end: () => void, report: () => Record<string,string>|null }}
 */
export function runReportFilter(forward) {
  let held = Buffer.alloc(0);
  let report = null;

  const write = (chunk) => {
    let buf = held.length ? Buffer.concat([held, chunk]) : chunk;
    held = Buffer.alloc(0);
    for (;;) {
      const esc = buf.indexOf(0x1b);
      if (esc < 0) break;
      const tail = buf.subarray(esc);
      const n = Math.min(tail.length, PREFIX.length);
      if (!tail.subarray(0, n).equals(PREFIX.subarray(0, n))) {
        forward(buf.subarray(0, esc + 1)); // an escape sequence of the program's own
        buf = buf.subarray(esc + 1);
        continue;
      }
      const end = tail.indexOf(END);
      if (tail.length < PREFIX.length || end < 0) {
        if (esc > 0) forward(buf.subarray(0, esc));
        held = Buffer.from(tail);
        return;
      }
      if (esc > 0) forward(buf.subarray(0, esc));
      report = Object.fromEntries(tail.subarray(PREFIX.length, end).toString('latin1').split(';')
        .map((kv) => kv.split('=')).filter((kv) => kv.length === 2));
      buf = tail.subarray(end + 1);
    }
    if (buf.length) forward(buf);
  };

  return {
    write,
    end: () => { if (held.length) forward(held); held = Buffer.alloc(0); },
    report: () => report,
  };
}

/**
 * The heap figures of a run report: { used, arena } in bytes, or null.
 * @param {Record<string,string>|null} report
 */
export function heapUse(report) {
  const m = /^(\d+)\/(\d+)$/.exec(report?.heap ?? '');
  return m ? { used: Number(m[1]), arena: Number(m[2]) } : null;
}

const TASK_FIELDS = ['name', 'class', 'activations', 'cpuUs', 'responseMaxUs', 'responseMeanUs', 'latencyMaxUs',
  'deadlineMisses', 'budgetOverruns', 'stackUsed', 'stackSize'];

/**
 * The scheduler figures of a run report (sdk/kernel/task_report.c), or null when
 * the program declared no tasks. Times are in microseconds.
 * @param {Record<string,string>|null} report
 * @returns {{ contextSwitches: number, idleUs: number, elapsedUs: number, tasks: object[], pools: object[] } | null}
 */
export function schedStats(report) {
  const pools = Object.keys(report ?? {}).filter((k) => /^pool\d+$/.test(k))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
    .map((k) => {
      const [name, ...n] = report[k].split(',');
      return { name, blockBytes: Number(n[0]), blocks: Number(n[1]), inUse: Number(n[2]), highWater: Number(n[3]) };
    });
  const sched = report?.sched?.split(',').map(Number);
  if (!sched || sched.length !== 3 || sched.some(Number.isNaN)) return null;
  const tasks = Object.keys(report).filter((k) => /^task\d+$/.test(k))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
    .map((k) => {
      const parts = report[k].split(',');
      return Object.fromEntries(TASK_FIELDS.map((f, i) => [f, i < 2 ? parts[i] : Number(parts[i])]));
    });
  return { contextSwitches: sched[0], idleUs: sched[1], elapsedUs: sched[2], tasks, pools };
}
