// The translator's intermediate representation.
//
// A function body is a tree of statements; every value lives in a named variable.
// Wasm's operand stack is gone: the builder (build.js) gives each produced value a
// fresh temporary, so later passes can reason about definitions and uses, and the C
// emitter never has to think about stack depth.
//
// Operands (the only things statements read):
//   { k: 'const', type, value }   value: number (i32), bigint (i64), { value, bits } (f32/f64), Buffer (v128)
//   { k: 'local', index, type }   a Wasm local (parameters first)
//   { k: 'temp',  id,    type }   a translator temporary
//   { k: 'expr',  expr,  type }   an operator expression folded into its single use
//                                 (passes/fold-expressions.js); expr is { op, args, imm }
//
// Statements:
//   { s: 'set', dst, expr }                 dst is a local or temp; expr is an operand or
//                                           { op, args, imm } for an operator, load or memory op
//   { s: 'store', op, args: [addr, value], imm }
//   { s: 'call', func, args, dsts }         direct call; dsts receive the results
//   { s: 'call_indirect', typeIndex, table, callee, args, dsts }
//   { s: 'global.set', index, value }
//   { s: 'effect', op, args, imm }          an operator run only for its effect (memory.copy, memory.fill)
//   { s: 'block' | 'loop', label, body }
//   { s: 'if', label, cond, then, else }
//   { s: 'try', label, body, catches: [{ tag, params, body }], catchAll }
//   { s: 'br', label, values }              values are assigned to label.results before the jump
//   { s: 'br_if', cond, label, values }
//   { s: 'br_table', index, labels, defaultLabel, values }
//   { s: 'return', values }
//   { s: 'throw', tag, args }
//   { s: 'rethrow', label }                 label of the enclosing try whose exception is rethrown
//   { s: 'trap', reason }
//
// A label is { id, kind, results: [temp], used }: results are the variables that
// carry the construct's values out of it (assigned on fall-through and on branches).

/** Is this IR expression free of side effects, traps and memory reads? */
export function isPureExpr(expr) {
  if (expr.k === 'expr') return isPureExpr(expr.expr);
  if (expr.k) return true; // a plain operand
  if (!expr.args.every(isPureExpr)) return false;
  return !/\.load|^memory\.|^v128\.load/.test(expr.op) && !TRAPPING.has(expr.op);
}

const TRAPPING = new Set([
  'i32.div_s', 'i32.div_u', 'i32.rem_s', 'i32.rem_u', 'i64.div_s', 'i64.div_u', 'i64.rem_s', 'i64.rem_u',
  'i32.trunc_f32_s', 'i32.trunc_f32_u', 'i32.trunc_f64_s', 'i32.trunc_f64_u',
  'i64.trunc_f32_s', 'i64.trunc_f32_u', 'i64.trunc_f64_s', 'i64.trunc_f64_u',
]);

/** Walk every statement of a body, depth first, calling visit(stmt, parents). */
export function walk(body, visit, parents = []) {
  for (const st of body) {
    visit(st, parents);
    const inner = [...parents, st];
    for (const child of childBodies(st)) walk(child, visit, inner);
  }
}

/** The nested statement lists of a control statement. */
export function childBodies(st) {
  switch (st.s) {
    case 'block': case 'loop': return [st.body];
    case 'if': return [st.then, st.else];
    case 'try': return [st.body, ...st.catches.map((c) => c.body), ...(st.catchAll ? [st.catchAll] : [])];
    default: return [];
  }
}

/**
 * Replace every leaf operand a statement reads (not the ones it writes) with
 * fn(operand), looking inside folded expressions. Nested bodies are not
 * visited; use walk() for that.
 */
export function mapReads(st, fn) {
  const one = (op) => {
    if (op.k !== 'expr') return fn(op);
    op.expr.args = op.expr.args.map(one);
    return op;
  };
  const list = (ops) => ops.map(one);
  switch (st.s) {
    case 'set':
      if (st.expr.k) st.expr = one(st.expr);
      else st.expr.args = list(st.expr.args);
      break;
    case 'store': case 'effect': st.args = list(st.args); break;
    case 'call': st.args = list(st.args); break;
    case 'call_indirect': st.args = list(st.args); st.callee = one(st.callee); break;
    case 'global.set': st.value = one(st.value); break;
    case 'if': st.cond = one(st.cond); break;
    case 'br': case 'return': st.values = list(st.values); break;
    case 'br_if': st.cond = one(st.cond); st.values = list(st.values); break;
    case 'br_table': st.index = one(st.index); st.values = list(st.values); break;
    case 'throw': st.args = list(st.args); break;
    default: break;
  }
}

/** Visit every operand a statement reads. */
export function forEachRead(st, fn) {
  mapReads(st, (op) => {
    fn(op);
    return op;
  });
}

/** The variables a statement writes directly (label results are written by branches). */
export function writesOf(st) {
  switch (st.s) {
    case 'set': return [st.dst];
    case 'call': case 'call_indirect': return st.dsts;
    case 'try': return st.catches.flatMap((c) => c.params);
    default: return [];
  }
}
