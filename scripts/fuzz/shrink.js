// Delta debugging over the program tree. Candidates are produced by edits:
// removing statements, declarations, class members, switch clauses and
// arguments (in halves, quarters, ..., then one by one), replacing a compound
// statement by the statements of one of its blocks, replacing a typed
// expression by a subexpression of the same type or by a literal, and
// simplifying literals. A candidate is kept when the `interesting` predicate
// says it still shows the difference (the caller type-checks it and requires a
// difference of the same kind). Candidates are judged many at a time (one
// batch firmware for all of them), and the edits that worked in one round are
// also tried all together in the next.

import { lit, render, walk } from './tree.js';

/** Give every object node an id (copies made by edits keep it), and record unwrap blocks by index. */
export function assignIds(tree) {
  let next = 1;
  const seen = new Set();
  walk(tree, (node) => {
    if (typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    node.id = next++;
    if (node.u) {
      node.uIdx = node.u.map((b) => node.c.indexOf(b)).filter((i) => i >= 0);
      delete node.u;
    }
  });
  tree.nextId = next;
  return tree;
}

function freshLiteral(tree, ty, v) {
  const node = lit(ty, v);
  node.id = tree.nextId++;
  return node;
}

// ------------------------------------------------------------------- editing

/** Apply one edit; returns the new tree, or null when the edit's targets are gone or nothing changes. */
export function applyEdit(tree, edit) {
  let changed = false;
  const memo = new Map();
  const rebuild = (node) => {
    if (typeof node !== 'object') return node;
    if (memo.has(node.id)) return memo.get(node.id);
    let out = node;
    if (edit.op === 'replace' && node.id === edit.target) {
      changed = true;
      out = edit.with;
    } else {
      const key = node.t === 'block' || node.t === 'args' ? 'items' : node.c ? 'c' : null;
      if (key) {
        let items = node[key];
        if (edit.op === 'remove' && node.id === edit.list) {
          const drop = new Set(edit.items);
          const kept = items.filter((x) => typeof x !== 'object' || !drop.has(x.id));
          if (kept.length !== items.length) { changed = true; items = kept; }
        }
        if (edit.op === 'unwrap' && key === 'items' && items.some((x) => x?.id === edit.stmt)) {
          items = items.flatMap((x) => (x?.id === edit.stmt ? x.c[edit.index].items : [x]));
          changed = true;
        }
        const mapped = items.map(rebuild);
        if (mapped.some((x, i) => x !== items[i]) || items !== node[key]) out = { ...node, [key]: mapped };
      }
    }
    memo.set(node.id, out);
    return out;
  };
  const result = rebuild(tree);
  if (!changed) return null;
  result.nextId = tree.nextId;
  return result;
}

export function editKey(edit) {
  switch (edit.op) {
    case 'remove': return `rm ${edit.list}:${edit.items.join(',')}`;
    case 'unwrap': return `un ${edit.stmt}:${edit.index}`;
    default: return `rp ${edit.target}:${edit.with.t === 'lit' ? `${edit.with.ty}=${JSON.stringify(edit.with.v)}` : edit.with.id}`;
  }
}

function size(node) {
  return render(node).length;
}

/** What shrinking minimises: the text's length, then its non-zero digits (so 7 -> 0 is progress, 7 -> 1 is not). */
export function cost(text) {
  return text.length + 0.01 * (text.match(/[1-9]/g)?.length ?? 0);
}

const BASIC = new Set(['number', 'string', 'boolean']);

/** Every edit of the current tree, most promising (largest) first. */
export function edits(tree) {
  const removals = [];
  const unwraps = [];
  const replaces = [];
  const literals = [];
  const seenNodes = new Set();
  walk(tree, (node) => {
    if (typeof node !== 'object' || seenNodes.has(node.id)) return;
    seenNodes.add(node.id);
    if ((node.t === 'block' || node.t === 'args') && node.items.length) {
      const items = node.items.filter((x) => typeof x === 'object' && !x.keep);
      const min = node.t === 'args' ? node.min ?? 0 : 0;
      const removable = Math.min(items.length, node.items.length - min);
      if (removable > 0) {
        for (let chunk = Math.floor(items.length / 2); chunk >= 2; chunk = Math.floor(chunk / 2)) {
          for (let at = 0; at + chunk <= items.length; at += chunk) {
            if (chunk > removable) continue;
            const part = items.slice(at, at + chunk);
            removals.push({ op: 'remove', list: node.id, items: part.map((x) => x.id), gain: part.reduce((s, x) => s + size(x), 0) });
          }
        }
        for (const x of items) removals.push({ op: 'remove', list: node.id, items: [x.id], gain: size(x) });
      }
      if (node.t === 'block') {
        for (const x of node.items) {
          if (typeof x === 'object' && x.uIdx) {
            for (const index of x.uIdx) unwraps.push({ op: 'unwrap', stmt: x.id, index, gain: size(x) - size(x.c[index]) });
          }
        }
      }
    }
    if (node.t === 'e') {
      const own = size(node);
      // same-typed subexpressions, nearest first
      const subs = [];
      const visit = (n, depth) => {
        if (typeof n !== 'object') return;
        for (const ch of n.c ?? n.items ?? []) {
          if (typeof ch !== 'object') continue;
          if ((ch.t === 'e' || ch.t === 'lit') && ch.ty === node.ty) subs.push({ ch, depth });
          else visit(ch, depth + 1);
        }
      };
      visit(node, 0);
      subs.sort((a, b) => a.depth - b.depth);
      for (const { ch } of subs.slice(0, 3)) replaces.push({ op: 'replace', target: node.id, with: ch, gain: own - size(ch) });
      if (BASIC.has(node.ty)) {
        const v = node.ty === 'number' ? 0 : node.ty === 'string' ? '' : true;
        replaces.push({ op: 'replace', target: node.id, with: freshLiteral(tree, node.ty, v), gain: own - 1 });
        if (node.ty === 'boolean') replaces.push({ op: 'replace', target: node.id, with: freshLiteral(tree, node.ty, false), gain: own - 1 });
        if (node.ty === 'number') replaces.push({ op: 'replace', target: node.id, with: freshLiteral(tree, node.ty, 1), gain: own - 1 });
      }
    }
    if (node.t === 'lit') {
      const simpler = [];
      if (node.ty === 'number') {
        const v = node.v;
        for (const s of [0, 1, Math.trunc(v), Math.trunc(v / 2), Math.sign(v) * 2 ** Math.floor(Math.log2(Math.abs(v)))]) {
          if (Number.isFinite(s) && !Object.is(s, v) && Math.abs(s) <= Math.abs(v) && !simpler.some((x) => Object.is(x, s))) simpler.push(s);
        }
      } else if (node.ty === 'string' && node.v.length) {
        for (const s of ['', node.v[0], node.v.slice(0, Math.floor(node.v.length / 2))]) if (s !== node.v && !simpler.includes(s)) simpler.push(s);
      }
      for (const s of simpler) literals.push({ op: 'replace', target: node.id, with: freshLiteral(tree, node.ty, s), gain: 0.5 });
    }
  });
  const byGain = (a, b) => b.gain - a.gain;
  const chunks = removals.filter((e) => e.items.length > 1).sort(byGain);
  const singles = removals.filter((e) => e.items.length === 1).sort(byGain);
  return [...chunks, ...singles.filter((e) => e.gain > 40), ...unwraps.sort(byGain), ...singles.filter((e) => e.gain <= 40),
    ...replaces.filter((e) => e.gain > 0).sort(byGain), ...literals];
}

// ----------------------------------------------------------------- shrinking

/**
 * @param {object} tree a program tree (ids assigned by assignIds)
 * @param {(trees: object[]) => Promise<boolean[]>} interesting judges candidates, several at a time
 * @param {object} [opts]
 * @param {number} [opts.window] candidates judged together
 * @param {number} [opts.maxRounds]
 * @param {number} [opts.deadline] Date.now() after which the best so far is returned
 * @param {(line: string) => void} [opts.log]
 * @returns {Promise<{ tree: object, rounds: number, tried: number }>}
 */
export async function shrink(tree, interesting, { window = 40, maxRounds = 200, deadline = Infinity, log = () => {}, onProgress = null } = {}) {
  let cur = tree;
  let curText = render(cur);
  const seen = new Set([curText]);
  let failed = new Set();
  let pending = [];
  let progressInPass = false;
  let rounds = 0;
  let tried = 0;
  while (rounds < maxRounds && Date.now() < deadline) {
    rounds++;
    const batch = []; // { tree, text, edits: [edit] }
    // the edits that worked last round, all at once and in halves
    if (pending.length > 1) {
      for (const group of [pending, pending.slice(0, Math.ceil(pending.length / 2))]) {
        let t = cur;
        const used = [];
        for (const e of group) {
          const next = applyEdit(t, e);
          if (next) { t = next; used.push(e); }
        }
        const text = render(t);
        if (used.length > 1 && !seen.has(text)) { seen.add(text); batch.push({ tree: t, text, edits: used }); }
      }
    }
    pending = [];
    for (const e of edits(cur)) {
      if (batch.length >= window) break;
      const key = editKey(e);
      if (failed.has(key)) continue;
      const t = applyEdit(cur, e);
      if (!t) { failed.add(key); continue; }
      const text = render(t);
      if (seen.has(text)) { failed.add(key); continue; }
      seen.add(text);
      batch.push({ tree: t, text, edits: [e] });
    }
    if (!batch.length) {
      if (!progressInPass) break; // a whole pass without progress: done
      progressInPass = false;
      failed = new Set();
      seen.clear();
      seen.add(curText);
      continue;
    }
    tried += batch.length;
    const verdicts = await interesting(batch.map((b) => b.tree));
    const before = cost(curText);
    // only progress counts: a candidate must cost less than the current program (no cycles)
    const good = batch.filter((b, i) => verdicts[i] && cost(b.text) < before);
    batch.forEach((b, i) => { if (!verdicts[i] && b.edits.length === 1) failed.add(editKey(b.edits[0])); });
    if (good.length) {
      good.sort((a, b) => cost(a.text) - cost(b.text));
      cur = good[0].tree;
      curText = good[0].text;
      progressInPass = true;
      pending = good.slice(1).filter((b) => b.edits.length === 1).map((b) => b.edits[0]);
      log(`  shrink round ${rounds}: ${good.length} of ${batch.length} candidates still differ; now ${curText.length} chars`);
      // the caller may check the progress another way, and stop here (false)
      if (onProgress && !(await onProgress(cur))) return { tree: cur, rounds, tried, stopped: true };
    } else {
      log(`  shrink round ${rounds}: none of ${batch.length} candidates differ`);
    }
  }
  return { tree: cur, rounds, tried };
}
