// The differential fuzzer: generate programs, run them in batches under Node
// and on a board, confirm each difference with the program alone, shrink it,
// and keep the minimal program with both outputs.

import fs from 'node:fs';
import path from 'node:path';

import { generateProgram, standaloneSource } from './generate.js';
import { compileOnly, describe, refusalSig, runBatch, runStandalone, signature } from './engine.js';
import { makeTarget } from './targets.js';
import { cost, shrink } from './shrink.js';
import { countStatements, render } from './tree.js';

/** Batches of this many programs: big enough to amortise the build, small enough for gcc and for re-runs. */
export const DEFAULT_BATCH = 48;

/** A documented limit of the runtime (docs/language.md, Memory), not a difference. */
export function isKnownLimit(outcome) {
  const b = outcome.board;
  return !!b && b.status === 1 && /\*\*\* (OUT OF MEMORY|ARRAY TOO LONG|TOO MANY ARRAYS|OBJECT TOO LONG|STRING TOO LONG)/.test(b.stdout)
    && outcome.node?.status === 0;
}

function chunk(list, n) {
  const out = [];
  for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n));
  return out;
}

/** Run jobs with at most `limit` at once. */
async function pool(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

const firstLine = (e) => (e?.errors?.length ? firstLine(e.errors[0]) : String(e?.format?.() ?? e?.message ?? e).split('\n')[0]);

/**
 * @param {object} opts
 * @param {string|number} opts.seed
 * @param {number} opts.count
 * @param {string} opts.board 'host' or a QEMU board
 * @param {string} [opts.keep] directory for the programs that differ
 * @param {number} [opts.batch] programs per batch
 * @param {string[]} [opts.without] construct families to leave out
 * @param {boolean} [opts.shrink] shrink differences (default true)
 * @param {number} [opts.maxShrinks] at most this many programs are shrunk (one per kind of difference first)
 * @param {number} [opts.confirm] at most this many differences are confirmed alone (the others count unconfirmed)
 * @param {number} [opts.shrinkSeconds] time limit per shrink
 * @param {string} [opts.opt] optimisation flag for the program's C (host: -O1; boards: their own flags)
 * @param {number[]} [opts.only] run only these programs of the seed (to reproduce or shrink them again)
 * @param {number} [opts.from] the seed's first program (count programs from there: to resume a long run)
 * @param {(line: string) => void} [opts.log]
 */
export async function runFuzz({
  seed, count, board, keep, batch = DEFAULT_BATCH, without = [], shrink: doShrink = true, maxShrinks = 6, confirm = 24,
  shrinkSeconds = 600, opt, log = () => {}, target = null, only = null, from = 0,
}) {
  const t0 = Date.now();
  target ??= makeTarget(board, opt ? { opt } : {});
  const indices = only?.length ? only : Array.from({ length: count }, (_, i) => from + i);
  const programs = indices.map((i) => generateProgram(seed, i, { without }));
  count = programs.length;
  const byKey = new Map(programs.map((p) => [String(p.index), p]));
  const report = { programs: count, differ: [], refused: [], batchOnly: [], limits: [], generatorErrors: [], builds: 0 };
  const stats = {};

  // Programs with a construct the docs say is refused: the build must refuse them cleanly.
  for (const p of programs.filter((x) => x.refused)) {
    const src = standaloneSource(p);
    const r = await compileOnly(src, { tag: `refusal-${p.index}` });
    if (r.kind === 'refused') {
      report.refused.push({ program: p, reason: firstLine(r.error) });
      log(`#${p.index}: ${p.refused} refused as documented: ${firstLine(r.error).replace(/^.*?error: /, '')}`);
    } else if (r.kind === 'ill-typed') {
      report.generatorErrors.push({ program: p, reason: r.errors[0].message });
    } else {
      const why = r.kind === 'built' ? `built, but docs/language.md says ${p.refused} is refused` : `the compiler failed instead of refusing: ${firstLine(r.error)}`;
      report.differ.push({ program: p, kind: r.kind === 'built' ? 'not-refused' : 'compiler-error', sig: r.kind === 'built' ? `not refused: ${p.refused}` : r.sig, why, source: src });
      log(`#${p.index}: DIFFERS: ${why}`);
    }
  }

  // Everything else in batches.
  const units = programs.filter((p) => !p.refused).map((p) => ({ key: String(p.index), prefix: p.prefix, tree: p.tree }));
  const batches = chunk(units, batch);
  let done = 0;
  const outcomes = new Map();
  await pool(batches.map((b, bi) => async () => {
    const tb = Date.now();
    const res = await runBatch(b, target, { log, stats });
    for (const [k, v] of res) {
      outcomes.set(k, v);
      // named as they are found: a long run that is stopped still says what it found
      if (v.kind !== 'agree' && v.kind !== 'refused' && v.kind !== 'ill-typed') log(`  #${k}: ${v.kind}${v.sig ? ` ${v.sig}` : ''}`);
    }
    done += b.length;
    const kinds = {};
    for (const v of res.values()) kinds[v.kind] = (kinds[v.kind] ?? 0) + 1;
    const elapsed = (Date.now() - t0) / 60000;
    log(`batch ${bi + 1}/${batches.length} (programs ${b[0].key}-${b[b.length - 1].key}): ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}; `
      + `${((Date.now() - tb) / 1000).toFixed(1)} s; ${done} of ${units.length} done, ${(done / elapsed).toFixed(1)} programs/min`);
  }), 2);
  report.builds = stats.builds ?? 0;
  report.phaseSeconds = { compile: (stats.compileMs ?? 0) / 1000, build: (stats.buildMs ?? 0) / 1000, run: (stats.runMs ?? 0) / 1000 };
  report.fuzzMinutes = (Date.now() - t0) / 60000; // generating, building, running and comparing

  // Confirm each difference with the program alone (one of each kind first; past `confirm`
  // programs, a difference counts unconfirmed).
  const confirmed = [];
  const suspects = [];
  for (const u of units) {
    const o = outcomes.get(u.key);
    const p = byKey.get(u.key);
    if (!o || o.kind === 'agree') continue;
    if (o.kind === 'ill-typed' || o.kind === 'node-failed') {
      report.generatorErrors.push({ program: p, reason: o.kind === 'ill-typed' ? `${o.errors[0].line}: ${o.errors[0].message}` : `Node status ${o.node.status}` });
      log(`#${u.key}: generator error (${o.kind}): ${o.kind === 'ill-typed' ? o.errors[0].message : o.node.status}`);
      continue;
    }
    if (o.kind === 'differ' && isKnownLimit(o)) {
      report.limits.push({ program: p, sig: o.sig });
      log(`#${u.key}: stopped at a documented limit in its batch (${o.sig})`);
      continue;
    }
    suspects.push({ u, o, p });
  }
  const firstOfKind = [];
  const seenSigs = new Set();
  for (const s of suspects) if (!seenSigs.has(s.o.sig)) { seenSigs.add(s.o.sig); firstOfKind.push(s); }
  const ordered = [...firstOfKind, ...suspects.filter((s) => !firstOfKind.includes(s))];
  // two confirmations at a time (each is a build of its own)
  await pool(ordered.map(({ u, o, p }, n) => async () => {
    const src = standaloneSource(p);
    if (n >= confirm) {
      const entry = { program: p, kind: o.kind, sig: o.sig, batchSig: o.sig, source: src, unconfirmed: true,
        why: o.kind === 'differ' ? o.why : firstLine(o.error), node: o.node, board: o.board };
      report.differ.push(entry);
      log(`#${u.key}: DIFFERS in its batch (${p.families.join(',')}), not confirmed alone: ${entry.why}`);
      return;
    }
    const alone = o.kind === 'refused' ? await compileOnly(src, { tag: `confirm-${u.key}` }) : await runStandalone(src, target, { tag: `confirm-${u.key}` });
    if (alone.kind === 'agree' || alone.kind === 'built') {
      report.batchOnly.push({ program: p, sig: o.sig, why: o.why ?? firstLine(o.error) });
      log(`#${u.key}: ${o.kind} in its batch only (${o.sig}); agrees alone`);
      return;
    }
    if (alone.kind === 'differ' && isKnownLimit(alone)) {
      report.limits.push({ program: p, sig: alone.sig });
      log(`#${u.key}: stops at a documented limit (${alone.sig})`);
      return;
    }
    const entry = {
      program: p, kind: alone.kind, batchSig: o.sig, sig: alone.sig, source: src,
      why: alone.kind === 'differ' ? alone.why : firstLine(alone.error), node: alone.node, board: alone.board,
    };
    confirmed.push(entry);
    report.differ.push(entry);
    log(`#${u.key}: DIFFERS (${p.families.join(',')}): ${entry.why}`);
  }), 2);
  report.differ.sort((a, b) => a.program.index - b.program.index);
  confirmed.sort((a, b) => ordered.findIndex((s) => s.p === a.program) - ordered.findIndex((s) => s.p === b.program));

  if (keep) writeKept(keep, seed, report);

  // Shrink: one program of each kind of difference first, then more of the same kinds.
  if (doShrink && confirmed.length) {
    const order = [];
    const sigs = new Set();
    for (const e of confirmed) if (!sigs.has(e.sig)) { sigs.add(e.sig); order.push(e); }
    for (const e of confirmed) if (!order.includes(e)) order.push(e);
    for (const e of order.slice(0, maxShrinks)) {
      log(`#${e.program.index}: shrinking (${e.sig})`);
      const ts = Date.now();
      e.shrunk = await shrinkDifference(e, target, { log, deadline: Date.now() + shrinkSeconds * 1000 });
      if (keep) writeKept(keep, seed, { differ: [e] }); // as soon as it is known: a long run can be stopped
      log(`#${e.program.index}: shrunk to ${e.shrunk.statements} statements in ${((Date.now() - ts) / 1000).toFixed(0)} s`
        + ` (${e.shrunk.rounds} rounds, ${e.shrunk.tried} candidates)${e.shrunk.note ? `; ${e.shrunk.note}` : ''}`);
    }
  }

  if (keep) writeKept(keep, seed, report);
  const minutes = (Date.now() - t0) / 60000;
  report.minutes = minutes;
  report.rate = count / minutes;
  return report;
}

/**
 * Shrink one confirmed difference. Runtime differences are judged in batches of candidates
 * (one firmware for up to 40 candidates); refusals and compiler failures by compiling each.
 */
export async function shrinkDifference(entry, target, { log = () => {}, deadline = Infinity, window = 40 } = {}) {
  const p = entry.program;
  let round = 0;
  let interesting;
  let note = '';
  if (entry.kind === 'differ') {
    // the signature the difference has in a batch of candidates: the program alone in a batch
    const calib = await runBatch([{ key: 'orig', prefix: `${p.prefix}s0_`, tree: p.tree }], target);
    const c = calib.get('orig');
    if (c?.kind === 'differ') {
      const want = c.sig;
      interesting = async (trees) => {
        round++;
        const units = trees.map((tree, j) => ({ key: `c${j}`, prefix: `${p.prefix}s${round}c${j}_`, tree }));
        const res = await runBatch(units, target);
        return units.map((u) => res.get(u.key)?.kind === 'differ' && res.get(u.key).sig === want);
      };
    } else {
      note = 'judged one candidate at a time (the difference does not show in a batch)';
      window = 8;
      interesting = async (trees) => {
        const out = [];
        for (const tree of trees) {
          const r = await runStandalone(standaloneSource(p, tree), target, { tag: `shrink-${p.index}` });
          out.push(r.kind === 'differ' && r.sig === entry.sig);
        }
        return out;
      };
    }
  } else {
    window = 12;
    interesting = async (trees) => {
      const out = [];
      for (const tree of trees) {
        const src = standaloneSource(p, tree);
        const r = entry.kind === 'refused' || entry.kind === 'compiler-error' ? await compileOnly(src, { tag: `shrink-${p.index}` }) : null;
        if (r && r.kind === 'built' && entry.kind === 'compiler-error') {
          const full = await runStandalone(src, target, { tag: `shrink-${p.index}` });
          out.push(full.kind === entry.kind && full.sig === entry.sig);
        } else {
          out.push(!!r && r.kind === entry.kind && (r.kind === 'refused' ? refusalSig(r.error) : r.sig) === entry.sig);
        }
      }
      return out;
    };
  }
  // Batch-judged shrinking is checked alone from time to time (a difference that depends on the
  // batch's memory, say, can drift away); past a check that fails, it goes on alone from the last good one.
  let verified = p.tree;
  let verifiedCost = cost(render(p.tree));
  const batchMode = entry.kind === 'differ' && window === 40;
  const onProgress = batchMode ? async (tree) => {
    const c = cost(render(tree));
    if (c > verifiedCost / 2) return true;
    const alone = await runStandalone(standaloneSource(p, tree), target, { tag: `check-${p.index}` });
    if (alone.kind === 'differ' && alone.sig === entry.sig) {
      verified = tree;
      verifiedCost = c;
      return true;
    }
    log(`  the shrunk program no longer differs alone (${alone.kind}${alone.sig ? `: ${alone.sig}` : ''}); going on alone`);
    return false;
  } : null;
  let r = await shrink(p.tree, interesting, { window, deadline, log, onProgress });
  if (batchMode && !r.stopped) {
    const alone = await runStandalone(standaloneSource(p, r.tree), target, { tag: `check-${p.index}` });
    if (!(alone.kind === 'differ' && alone.sig === entry.sig)) r.stopped = true;
  }
  if (r.stopped) {
    note = 'judged alone after the batch-judged result stopped differing alone';
    const soloJudge = async (trees) => {
      const out = [];
      for (const tree of trees) {
        const s = await runStandalone(standaloneSource(p, tree), target, { tag: `shrink-${p.index}` });
        out.push(s.kind === 'differ' && s.sig === entry.sig);
      }
      return out;
    };
    const rr = await shrink(verified, soloJudge, { window: 8, deadline, log });
    r = { ...rr, rounds: r.rounds + rr.rounds, tried: r.tried + rr.tried };
  }
  const source = standaloneSource(p, r.tree);
  // the shrunk program alone, for the record
  const alone = entry.kind === 'differ' ? await runStandalone(source, target, { tag: `final-${p.index}` }) : await compileOnly(source, { tag: `final-${p.index}` });
  if (entry.kind === 'differ' && alone.kind !== 'differ') note = `${note ? `${note}; ` : ''}the shrunk program agrees when alone (it differs in a batch)`;
  return {
    tree: r.tree, source, rounds: r.rounds, tried: r.tried, statements: countStatements(r.tree) - 1, note,
    node: alone.node, board: alone.board, sig: alone.sig, why: alone.kind === 'differ' ? describe(alone.node, alone.board) : firstLine(alone.error),
  };
}

function writeKept(dir, seed, report) {
  fs.mkdirSync(dir, { recursive: true });
  const name = (p) => path.join(dir, `${seed}-${p.index}`);
  const out = (r) => (r ? `${r.stdout}${r.status !== 0 ? `[exit status ${r.status}]\n` : ''}` : '');
  for (const e of report.differ) {
    const base = name(e.program);
    fs.writeFileSync(`${base}.orig.ts`, e.source);
    if (e.node) fs.writeFileSync(`${base}.orig.node.txt`, out(e.node));
    if (e.board) fs.writeFileSync(`${base}.orig.board.txt`, out(e.board));
    const s = e.shrunk;
    fs.writeFileSync(`${base}.ts`, `// ${e.kind}: ${s?.why ?? e.why}\n// kind: ${e.sig}\n${s ? s.source : e.source}`);
    fs.writeFileSync(`${base}.node.txt`, out(s?.node ?? e.node) || `${e.why}\n`);
    fs.writeFileSync(`${base}.board.txt`, out(s?.board ?? e.board) || `${e.why}\n`);
  }
}

export { render, signature };
