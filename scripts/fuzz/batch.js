// Batches: many programs in one firmware, to pay for one build. Each program's
// declarations (already prefixed fz<index>_) are concatenated; a runner calls
// each program's main function after a marker line, catching what it throws
// and printing it as the firmware prints an uncaught error. The same batch
// source runs under Node and on the board; both outputs are split at the
// markers and compared program by program.

import { render } from './tree.js';

export const MARKER = '--fz--';
const MARKER_RE = new RegExp(`^${MARKER} (\\S+)$`);

const REPORTER = `function fz_report(e: unknown): void {
  if (e instanceof Error) console.log(e.message === "" ? "Uncaught " + e.name : "Uncaught " + e.name + ": " + e.message);
  else console.log("Uncaught", typeof e);
}`;

/**
 * The batch: every unit's declarations, then a runner that reads from the console the position of
 * the first unit to run (0 at first; after a crash, the one after the culprit, without rebuilding).
 * @param {{ key: string, prefix: string, tree: object }[]} units
 * @returns {{ source: string, ranges: Map<string, [number, number][]> }} each unit's lines (1-based, inclusive)
 */
export function batchSource(units) {
  const lines = ['// helix-sdk fuzz batch', 'import { readLine } from "helix-sdk";', ...REPORTER.split('\n')];
  const ranges = new Map();
  const mark = (key, from, to) => {
    const r = ranges.get(key) ?? [];
    r.push([from, to]);
    ranges.set(key, r);
  };
  for (const u of units) {
    const text = render(u.tree, u.prefix).split('\n');
    mark(u.key, lines.length + 1, lines.length + text.length);
    lines.push(...text);
  }
  // the position is compared as text: the runner should need as little of the compiler as it can
  lines.push('function fz_run(): void {', `  console.log(${JSON.stringify(`${MARKER} ready`)});`, '  const fz_from: string = readLine();',
    '  let fz_go: boolean = false;');
  units.forEach((u, i) => {
    const from = lines.length + 1;
    lines.push(`  if (fz_go || fz_from === "${i}") {`, '    fz_go = true;');
    lines.push(`    console.log(${JSON.stringify(`${MARKER} ${u.key}`)});`);
    lines.push(`    try { ${u.prefix}main(); } catch (e) { fz_report(e); }`);
    lines.push('  }');
    mark(u.key, from, lines.length);
  });
  lines.push(`  console.log(${JSON.stringify(`${MARKER} end`)});`, '}', 'fz_run();', '');
  return { source: lines.join('\n'), ranges };
}

/** Which unit a line of the batch source belongs to (null: the runner's own lines). */
export function unitAtLine(ranges, line) {
  for (const [key, spans] of ranges) if (spans.some(([a, b]) => line >= a && line <= b)) return key;
  return null;
}

/**
 * Split a batch's output at the markers.
 * @returns {{ segments: Map<string, string>, order: string[], ended: boolean, before: string }}
 *   segments: each started unit's output; order: units in the order they started; ended: the end marker was printed
 */
export function splitOutput(stdout) {
  const segments = new Map();
  const order = [];
  let current = null;
  let ended = false;
  let before = '';
  let buf = [];
  const flush = () => {
    if (current !== null) segments.set(current, buf.join(''));
    else before = buf.join('');
    buf = [];
  };
  // keep line endings: a segment is exactly the bytes the program printed
  const parts = stdout.split(/(?<=\n)/);
  for (const part of parts) {
    const m = MARKER_RE.exec(part.replace(/\n$/, ''));
    if (m && part.endsWith('\n')) {
      flush();
      if (m[1] === 'ready') {
        current = null;
        continue;
      }
      if (m[1] === 'end') {
        ended = true;
        current = '\u0000after';
        continue;
      }
      current = m[1];
      order.push(current);
      continue;
    }
    buf.push(part);
  }
  flush();
  segments.delete('\u0000after');
  return { segments, order, ended, before };
}
