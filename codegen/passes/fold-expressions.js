// Fold each temporary that is assigned once and read once into the statement that
// reads it, turning chains of `t1 = a + b; t2 = t1 * c; x = t2` into `x = (a + b) * c`.
// The C is several times shorter, so gcc compiles it faster; the machine code is
// the same. A fold never moves an expression past a statement that could change
// what it reads (a local it reads, a global, memory) and never across control flow.

import { childBodies, forEachRead, walk, writesOf } from '../ir/ir.js';
import { tempDefinitions } from './temp-defs.js';

/** What an expression depends on: locals, globals, memory. */
function dependencies(expr, acc = { locals: new Set(), globals: false, memory: false }) {
  if (expr.k === 'local') acc.locals.add(expr.index);
  else if (expr.k === 'expr') dependencies(expr.expr, acc);
  else if (!expr.k) {
    if (expr.op === 'global.get') acc.globals = true;
    if (/\.load|^memory\./.test(expr.op)) acc.memory = true;
    expr.args.forEach((a) => dependencies(a, acc));
  }
  return acc;
}

// May running `st` change the value of an expression with these dependencies?
function interferes(st, deps) {
  if (writesOf(st).some((w) => w.k === 'local' && deps.locals.has(w.index))) return true;
  const calls = st.s === 'call' || st.s === 'call_indirect';
  if (deps.globals && (calls || st.s === 'global.set')) return true;
  if (deps.memory && (calls || st.s === 'store' || st.s === 'effect' ||
      (st.s === 'set' && !st.expr.k && st.expr.op === 'memory.grow'))) return true;
  return false;
}

// Does the statement itself (not its nested bodies) read temporary `id`?
function readsTemp(st, id) {
  let found = false;
  forEachRead(st, (op) => { if (op.k === 'temp' && op.id === id) found = true; });
  return found;
}

function substitute(st, id, replacement) {
  const swap = (op) => {
    if (op.k === 'temp' && op.id === id) return replacement;
    if (op.k === 'expr') op.expr.args = op.expr.args.map(swap);
    return op;
  };
  switch (st.s) {
    case 'set': st.expr = st.expr.k ? swap(st.expr) : { ...st.expr, args: st.expr.args.map(swap) }; break;
    case 'store': case 'effect': case 'call': case 'throw': st.args = st.args.map(swap); break;
    case 'call_indirect': st.args = st.args.map(swap); st.callee = swap(st.callee); break;
    case 'global.set': st.value = swap(st.value); break;
    case 'if': st.cond = swap(st.cond); break;
    case 'br': case 'return': st.values = st.values.map(swap); break;
    case 'br_if': st.cond = swap(st.cond); st.values = st.values.map(swap); break;
    case 'br_table': st.index = swap(st.index); st.values = st.values.map(swap); break;
    default: break;
  }
}

export function foldExpressions(fn) {
  const { defs, multi } = tempDefinitions(fn);
  const uses = new Map();
  walk(fn.body, (st) => forEachRead(st, (op) => {
    if (op.k === 'temp') uses.set(op.id, (uses.get(op.id) ?? 0) + 1);
  }));
  const foldable = (st) => st.s === 'set' && st.dst.k === 'temp' && !multi.has(st.dst.id) &&
    defs.get(st.dst.id)?.length === 1 && uses.get(st.dst.id) === 1 && !st.expr.k && st.expr.op !== 'memory.grow';

  const foldList = (list) => {
    for (const st of list) childBodies(st).forEach(foldList);
    for (let i = 0; i < list.length; i++) {
      const def = list[i];
      if (!foldable(def)) continue;
      const deps = dependencies(def.expr);
      for (let j = i + 1; j < list.length; j++) {
        const st = list[j];
        if (readsTemp(st, def.dst.id)) {
          substitute(st, def.dst.id, { k: 'expr', expr: def.expr, type: def.dst.type });
          list.splice(i, 1);
          i--;
          break;
        }
        if (childBodies(st).length || interferes(st, deps)) break;
      }
    }
  };
  foldList(fn.body);
}
