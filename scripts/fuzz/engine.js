// Running units (programs, or shrink candidates) under Node and on a target,
// in batches or alone, and classifying what happened to each.
//
// A unit's outcome:
//   { kind: 'agree',    node, board }            same stdout and status
//   { kind: 'differ',   node, board, sig }       a difference; sig is its kind (signature())
//   { kind: 'refused',  error, sig }             the build refused it (BuildError at one of its lines)
//   { kind: 'compiler-error', error, sig }       the compiler or the C compiler failed on it
//   { kind: 'ill-typed', errors }                 it does not type-check (a generator bug)
//   { kind: 'node-failed', node }                 Node itself failed (a generator bug: a hang, say)

import { BuildError } from '../../codegen/diagnostics.js';
import { batchSource, splitOutput, unitAtLine } from './batch.js';
import { render } from './tree.js';
import { typeErrors } from './typecheck.js';
import { compile, runNode, writeSource } from './targets.js';

// ------------------------------------------------------------------ signatures

function tokenKind(tok) {
  if (tok === undefined) return '<none>';
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(tok)) return tok === '-0' ? '-0' : 'N';
  if (/^(NaN|-?Infinity|undefined|null|true|false)$/.test(tok)) return tok;
  if (/[\u0000-\u0008\u000e-\u001f]/.test(tok)) return 'ctl';
  if (/[^\u0000-\u007f]/.test(tok)) return 'uni';
  return 'w';
}

/** The kind of an output line as a whole: the kind of error it reports, or plain output. */
export function lineShape(line) {
  if (line === undefined) return '<end>';
  const uncaught = /^Uncaught (\w+)/.exec(line);
  if (uncaught) return `Uncaught ${uncaught[1]}`;
  if (line.startsWith('***')) return line.replace(/\d+/g, '#').slice(0, 60);
  return 'out';
}

/** The first tokens of two lines that differ, by kind ("undefined|N": Node printed undefined, the board a number). */
function tokenShape(a, b) {
  const ta = (a ?? '').split(/[\s,;:=|]+/).filter(Boolean);
  const tb = (b ?? '').split(/[\s,;:=|]+/).filter(Boolean);
  const i = ta.findIndex((t, k) => t !== tb[k]);
  const at = i < 0 ? ta.length : i;
  return `${tokenKind(ta[at])}|${tokenKind(tb[at])}`;
}

/** The crash or limit report in a firmware's output, normalised. */
function crashLine(stdout) {
  const m = /^\*\*\* ([^\n]*)/m.exec(stdout);
  return m ? m[1].replace(/0x[0-9a-f]+/gi, '#').replace(/\d+/g, '#').slice(0, 60) : '';
}

/**
 * The kind of a difference: how the statuses differ, or the shapes of the first lines that differ.
 * Shrinking keeps a candidate only if its difference has the same signature.
 */
export function signature(node, board) {
  if (node.status !== board.status) return `status ${node.status} -> ${board.status}${crashLine(board.stdout) ? `: ${crashLine(board.stdout)}` : ''}`;
  const a = node.stdout.split('\n');
  const b = board.stdout.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? a.length : i;
  const [la, lb] = [lineShape(a[at]), lineShape(b[at])];
  if (la === 'out' && lb === 'out') return `line: ${tokenShape(a[at], b[at])}`;
  return `line: ${la} | ${lb}`;
}

const clip = (s, n = 160) => JSON.stringify(s === undefined ? '<no line>' : s.length > n ? `${s.slice(0, n)}...` : s);

export function describe(node, board) {
  if (node.status !== board.status) {
    const tail = board.stdout.slice(-300).split('\n').filter(Boolean).slice(-4).join(' / ');
    return `exit ${board.status}, Node ${node.status}; board output ends ${clip(tail, 240)}`;
  }
  const a = node.stdout.split('\n');
  const b = board.stdout.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  return `line ${i + 1}: Node ${clip(a[i])}, board ${clip(b[i])}`;
}

export function refusalSig(error) {
  const first = (error.errors?.[0] ?? error).message ?? String(error);
  return `refused: ${first.replace(/\d+/g, '#').replace(/fz\w+?_/g, '').slice(0, 100)}`;
}

function errorSig(error) {
  return `compiler error: ${String(error.message ?? error).split('\n')[0].replace(/\d+/g, '#').slice(0, 100)}`;
}

function classify(node, board) {
  if (node.stdout === board.stdout && node.status === board.status) return { kind: 'agree', node, board };
  return { kind: 'differ', node, board, sig: signature(node, board), why: describe(node, board) };
}

// --------------------------------------------------------------------- errors

/** The lines of the given file that a build error names. */
function errorLines(error, file) {
  const all = error.errors ?? [error];
  return all.filter((e) => e.file && e.line && samePath(e.file, file)).map((e) => e.line);
}

function samePath(a, b) {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

// ----------------------------------------------------------------- standalone

/**
 * Run one program alone: its declarations at top level, then its main function called at top level.
 * @param {string} source
 * @param {object} target from targets.js
 */
export async function runStandalone(source, target, { tag = 'alone' } = {}) {
  const errors = typeErrors(source);
  if (errors.length) return { kind: 'ill-typed', errors };
  const entry = writeSource(source, tag);
  const nodeRun = runNode(entry);
  let c;
  try {
    ({ c } = await compile(entry));
  } catch (e) {
    await nodeRun;
    if (e instanceof BuildError && errorLines(e, entry).length) return { kind: 'refused', error: e, sig: refusalSig(e), node: await nodeRun };
    return { kind: 'compiler-error', error: e, sig: errorSig(e), node: await nodeRun };
  }
  let handle;
  try {
    handle = await target.build(c, tag);
  } catch (e) {
    return { kind: 'compiler-error', error: e, sig: errorSig(e), node: await nodeRun };
  }
  const [node, boardRun] = await Promise.all([nodeRun, target.run(handle)]);
  target.dispose(handle);
  const board = { stdout: boardRun.stdout, status: boardRun.status };
  return classify({ stdout: node.stdout, status: node.status }, board);
}

/** Only the front half (type-check ... C): is the program refused, or does the compiler fail? */
export async function compileOnly(source, { tag = 'compile' } = {}) {
  const errors = typeErrors(source);
  if (errors.length) return { kind: 'ill-typed', errors };
  const entry = writeSource(source, tag);
  try {
    await compile(entry);
    return { kind: 'built' };
  } catch (e) {
    if (e instanceof BuildError && errorLines(e, entry).length) return { kind: 'refused', error: e, sig: refusalSig(e) };
    return { kind: 'compiler-error', error: e, sig: errorSig(e) };
  }
}

// -------------------------------------------------------------------- batches

let batchCounter = 0;

/**
 * Run units together in batches until every unit has an outcome.
 * @param {{ key: string, prefix: string, tree: object }[]} units
 * @param {object} target
 * @param {object} [opts]
 * @param {(line: string) => void} [opts.log]
 * @returns {Promise<Map<string, object>>} key -> outcome
 */
export async function runBatch(units, target, { log = () => {}, stats = {} } = {}) {
  const results = new Map();
  let pending = [...units];
  let rest = [];
  while (pending.length) {
    // 1. type errors belong to single units
    let { source, ranges } = batchSource(pending);
    const errs = typeErrors(source);
    if (errs.length) {
      const bad = new Set();
      for (const e of errs) {
        const key = unitAtLine(ranges, e.line);
        if (key === null) throw new Error(`the batch runner does not type-check: ${e.message}`);
        bad.add(key);
        const prev = results.get(key);
        results.set(key, { kind: 'ill-typed', errors: [...(prev?.errors ?? []), e] });
      }
      pending = pending.filter((u) => !bad.has(u.key));
      continue;
    }
    const tag = `batch${++batchCounter}`;
    const entry = writeSource(source, tag);
    const nodeRun = runNode(entry, { timeout: 120 });
    // 2. compile; a refusal names the lines of the units it refuses
    let c;
    const tc = Date.now();
    try {
      ({ c } = await compile(entry));
      stats.compileMs = (stats.compileMs ?? 0) + (Date.now() - tc);
    } catch (e) {
      const lines = e instanceof BuildError ? errorLines(e, entry) : [];
      const keys = new Set(lines.map((l) => unitAtLine(ranges, l)).filter((k) => k !== null));
      await nodeRun.catch(() => {});
      if (keys.size) {
        for (const k of keys) {
          const mine = (e.errors ?? [e]).filter((x) => x.file && samePath(x.file, entry) && unitAtLine(ranges, x.line) === k);
          const error = mine.length === 1 ? mine[0] : Object.assign(new BuildError(`${mine.length} errors`), { errors: mine });
          results.set(k, { kind: 'refused', error, sig: refusalSig(error) });
        }
        pending = pending.filter((u) => !keys.has(u.key));
        continue;
      }
      await bisect(pending, e);
      return results;
    }
    stats.builds = (stats.builds ?? 0) + 1;
    // 3. build once; run from the first unit, and after a crash from the unit after the culprit
    let handle;
    const tb = Date.now();
    try {
      handle = await target.build(c, tag);
    } catch (e) {
      await nodeRun.catch(() => {});
      await bisect(pending, e);
      return results;
    }
    stats.buildMs = (stats.buildMs ?? 0) + (Date.now() - tb);
    const node = await nodeRun;
    const ns = splitOutput(node.stdout);
    let from = 0;
    try {
      while (from < pending.length) {
        const tr = Date.now();
        const board = await target.run(handle, { input: `${from}\n` });
        stats.runs = (stats.runs ?? 0) + 1;
        stats.runMs = (stats.runMs ?? 0) + (Date.now() - tr);
        const bs = splitOutput(board.stdout);
        // 4. every unit that both finished is compared; the first one either did not finish is the culprit
        let stopped = pending.length;
        for (let i = from; i < pending.length; i++) {
          const u = pending[i];
          const next = pending[i + 1]?.key;
          const nodeDone = next ? ns.segments.has(next) : ns.ended;
          const boardDone = next ? bs.segments.has(next) : bs.ended;
          if (nodeDone && boardDone) {
            results.set(u.key, classify({ stdout: ns.segments.get(u.key) ?? '', status: 0 }, { stdout: bs.segments.get(u.key) ?? '', status: 0 }));
            continue;
          }
          const nodeOut = { stdout: ns.segments.get(u.key) ?? '', status: nodeDone ? 0 : node.status };
          const boardOut = { stdout: bs.segments.get(u.key) ?? '', status: boardDone ? 0 : board.status };
          if (!ns.segments.has(u.key)) throw new Error(`the batch failed under Node before ${u.key}: ${node.stderr.slice(0, 500)}`);
          if (!bs.segments.has(u.key) && i === from) {
            // the runner itself does not work (a miscompile of the runner, maybe caused by one unit):
            // halves of the rest run as batches of their own, and single units alone
            const left = pending.slice(from);
            log(`  the batch runner did not start ${u.key} (status ${board.status}); ${left.length > 4 ? 'splitting the rest' : 'running the rest alone'}`);
            if (left.length > 4) {
              const half = Math.ceil(left.length / 2);
              for (const part of [left.slice(0, half), left.slice(half)]) {
                const sub = await runBatch(part, target, { log, stats });
                for (const [k, v] of sub) results.set(k, v);
              }
            } else {
              for (const v of left) results.set(v.key, await runStandalone(standaloneOf(v), target, { tag: `alone-${v.key}` }));
            }
            stopped = i;
            from = pending.length;
            break;
          }
          if (!nodeDone) results.set(u.key, { kind: 'node-failed', node: nodeOut, board: boardOut });
          else results.set(u.key, classify(nodeOut, boardOut));
          stopped = i;
          if (!nodeDone) {
            // Node stopped here too: the rest needs a batch of its own
            rest = pending.slice(i + 1);
            from = pending.length;
          } else {
            from = i + 1;
          }
          log(`  ${u.key} stopped the batch (Node ${nodeOut.status}, board ${boardOut.status}); running the next ${pending.length - i - 1} again`);
          break;
        }
        if (stopped === pending.length) break;
      }
    } finally {
      target.dispose(handle);
    }
    pending = rest;
    rest = [];
  }
  return results;

  // a failure without a position: find the unit(s) by halves
  async function bisect(list, error) {
    if (list.length === 1) {
      results.set(list[0].key, { kind: 'compiler-error', error, sig: errorSig(error) });
      return;
    }
    log(`  compiler failed without a position (${String(error.message).split('\n')[0].slice(0, 100)}); bisecting ${list.length} programs`);
    const half = Math.ceil(list.length / 2);
    for (const part of [list.slice(0, half), list.slice(half)]) {
      const sub = await runBatch(part, target, { log, stats });
      for (const [k, v] of sub) results.set(k, v);
    }
  }
}

/** A unit as a whole program: its declarations at top level, then its main function called. */
export function standaloneOf(unit) {
  return `${render(unit.tree, unit.prefix)}\n${unit.prefix}main();\n`;
}

/** The rendered program of a unit, alone (for files and reports). */
export function unitText(unit) {
  return render(unit.tree, unit.prefix);
}
