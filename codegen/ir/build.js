// Builds the IR (see ir.js) from decoded Wasm functions: the operand stack is
// simulated at translation time, every produced value gets a temporary, and
// structured control flow becomes nested statements with explicit result variables.

export class TranslateError extends Error {
  constructor(message, detail = {}) {
    super(message);
    this.name = 'TranslateError';
    Object.assign(this, detail);
  }
}

/** Opcodes the builder accepts; anything else is refused by name. */
const STRUCTURAL = new Set([
  'unreachable', 'nop', 'block', 'loop', 'if', 'else', 'end', 'br', 'br_if', 'br_table', 'return', 'call',
  'call_indirect', 'drop', 'select', 'select_t', 'local.get', 'local.set', 'local.tee', 'global.get', 'global.set',
  'try', 'catch', 'catch_all', 'throw', 'rethrow',
]);
const EFFECT_ONLY = new Set(['memory.copy', 'memory.fill']);
const UNSUPPORTED = new Set([
  'delegate', 'return_call', 'return_call_indirect', 'table.get', 'table.set', 'ref.null', 'ref.is_null', 'ref.func',
  'memory.init', 'data.drop', 'table.init', 'elem.drop', 'table.copy', 'table.grow', 'table.size', 'table.fill',
]);

/**
 * Translate every defined function of a decoded module into IR.
 * @param {object} mod decoded module (decode.js)
 * @returns {object[]} IR functions, in definition order
 */
export function buildModuleIR(mod) {
  const funcImports = mod.imports.filter((i) => i.kind === 'func');
  const funcSig = (index) => {
    if (index < funcImports.length) return mod.types[funcImports[index].type];
    const f = mod.funcs[index - funcImports.length];
    if (!f) throw new TranslateError(`call to unknown function ${index}`);
    return mod.types[f.type];
  };
  const ctx = { mod, funcSig, importCount: funcImports.length };
  return mod.funcs.map((f, i) => buildFunction(ctx, f, funcImports.length + i));
}

function blockSig(mod, bt) {
  if (bt.typeIndex === undefined) return bt;
  const t = mod.types[bt.typeIndex];
  if (!t) throw new TranslateError(`unknown block type ${bt.typeIndex}`);
  return t;
}

function buildFunction(ctx, f, index) {
  const { mod } = ctx;
  const sig = mod.types[f.type];
  const fn = {
    index,
    sig,
    locals: [...sig.params, ...f.locals],
    temps: [],
    body: null,
    hasTry: false,
  };
  let labelIds = 0;

  const newTemp = (type) => {
    const id = fn.temps.length;
    fn.temps.push(type);
    return { k: 'temp', id, type };
  };
  const newLabel = (kind, results) => ({ id: labelIds++, kind, results: results.map(newTemp), used: false });

  // A frame is one open construct: its label, statement list being filled, the stack
  // height at entry, and whether the rest of it is unreachable.
  const rootLabel = { id: labelIds++, kind: 'func', results: [], used: false, isFunction: true };
  const root = { label: rootLabel, stmts: [], height: 0, unreachable: false, resultTypes: sig.results };
  fn.body = root.stmts;
  const frames = [root];
  const stack = [];

  const fail = (ins, message) => {
    throw new TranslateError(`function ${index}: ${message} (${ins.op.name} at byte 0x${ins.pos.toString(16)})`,
      { opcode: ins.op.name, funcIndex: index, offset: ins.pos });
  };
  const top = () => frames[frames.length - 1];
  const emit = (st) => top().stmts.push(st);
  const pop = (ins) => {
    if (stack.length <= top().height) fail(ins, 'operand stack underflow');
    return stack.pop();
  };
  const popN = (ins, n) => {
    const out = new Array(n);
    for (let i = n - 1; i >= 0; i--) out[i] = pop(ins);
    return out;
  };
  const push = (v) => stack.push(v);

  // A local read that is still on the stack when the local is written must keep the
  // old value, so it is copied into a temporary first.
  const materializeLocal = (localIndex) => {
    for (let i = 0; i < stack.length; i++) {
      const v = stack[i];
      if (v.k === 'local' && v.index === localIndex) {
        const t = newTemp(v.type);
        emit({ s: 'set', dst: t, expr: v });
        for (let j = i; j < stack.length; j++) {
          if (stack[j].k === 'local' && stack[j].index === localIndex) stack[j] = t;
        }
      }
    }
  };
  // Entering a nested construct: anything left on the stack that names a local is
  // copied, because the construct may write that local on only some paths.
  const materializeAllLocals = () => {
    for (let i = 0; i < stack.length; i++) {
      if (stack[i].k === 'local') materializeLocal(stack[i].index);
    }
  };

  const labelAt = (ins, depth) => {
    if (depth >= frames.length) fail(ins, `branch depth ${depth} out of range`);
    const frame = frames[frames.length - 1 - depth];
    frame.label.used = true;
    return frame;
  };
  // Values a branch carries: a loop's label takes its parameters (none here); any
  // other construct takes its results.
  const branchArity = (frame) => (frame.label.kind === 'loop' ? 0 : frame.resultTypes.length);
  const branchValues = (ins, frame) => stack.slice(stack.length - branchArity(frame)).map((v) => v);

  const openFrame = (ins, kind, bt, extra = {}) => {
    const bsig = blockSig(mod, bt);
    if (bsig.params.length) fail(ins, 'block parameters are not supported');
    materializeAllLocals();
    const label = newLabel(kind, bsig.results);
    const frame = { label, stmts: [], height: stack.length, unreachable: false, resultTypes: bsig.results, ...extra };
    frames.push(frame);
    return frame;
  };

  // Fall-through at the end of a construct (or of one arm): move the values into the
  // label's result variables.
  const closeArm = (ins, frame) => {
    if (!frame.unreachable) {
      const vals = popN(ins, frame.resultTypes.length);
      frame.label.results.forEach((r, i) => {
        frame.stmts.push({ s: 'set', dst: r, expr: vals[i] });
      });
      if (stack.length !== frame.height) fail(ins, 'values left on the stack at the end of a block');
    }
    stack.length = frame.height;
  };

  const skipUnreachable = (body, i) => {
    // Skip dead instructions up to the else/catch/end that closes the current frame.
    let depth = 0;
    for (; i < body.length; i++) {
      const name = body[i].op.name;
      if (name === 'block' || name === 'loop' || name === 'if' || name === 'try') depth++;
      else if (name === 'end') {
        if (depth === 0) return i;
        depth--;
      } else if ((name === 'else' || name === 'catch' || name === 'catch_all') && depth === 0) return i;
    }
    return i;
  };

  const body = f.body;
  for (let i = 0; i < body.length; i++) {
    if (top().unreachable) {
      i = skipUnreachable(body, i);
      if (i >= body.length) break;
    }
    const ins = body[i];
    const name = ins.op.name;

    if (UNSUPPORTED.has(name)) fail(ins, `the translator does not support \`${name}\` yet`);

    if (!STRUCTURAL.has(name)) {
      if (ins.op.params === null) fail(ins, `the translator does not support \`${name}\` yet`);
      const args = popN(ins, ins.op.params.length);
      if (EFFECT_ONLY.has(name)) {
        emit({ s: 'effect', op: name, args, imm: ins.imm });
      } else if (/\.store/.test(name)) {
        emit({ s: 'store', op: name, args, imm: ins.imm });
      } else if (name.endsWith('.const')) {
        push({ k: 'const', type: ins.op.results[0], value: ins.imm });
      } else {
        const dst = newTemp(ins.op.results[0]);
        emit({ s: 'set', dst, expr: { op: name, args, imm: ins.imm } });
        push(dst);
      }
      continue;
    }

    switch (name) {
      case 'nop': break;
      case 'unreachable':
        emit({ s: 'trap', reason: 'unreachable' });
        top().unreachable = true;
        break;
      case 'drop': pop(ins); break;
      case 'select': case 'select_t': {
        const [a, b, c] = popN(ins, 3);
        const dst = newTemp(a.type);
        emit({ s: 'set', dst, expr: { op: 'select', args: [a, b, c] } });
        push(dst);
        break;
      }
      case 'local.get': {
        const type = fn.locals[ins.imm];
        if (!type) fail(ins, `unknown local ${ins.imm}`);
        push({ k: 'local', index: ins.imm, type });
        break;
      }
      case 'local.set': case 'local.tee': {
        const v = pop(ins);
        const dst = { k: 'local', index: ins.imm, type: fn.locals[ins.imm] };
        materializeLocal(ins.imm);
        emit({ s: 'set', dst, expr: v });
        if (name === 'local.tee') push(dst);
        break;
      }
      case 'global.get': {
        const g = mod.globals[ins.imm];
        if (!g) fail(ins, `unknown global ${ins.imm}`);
        const dst = newTemp(g.type);
        emit({ s: 'set', dst, expr: { op: 'global.get', args: [], imm: ins.imm } });
        push(dst);
        break;
      }
      case 'global.set':
        emit({ s: 'global.set', index: ins.imm, value: pop(ins) });
        break;
      case 'call': {
        const csig = ctx.funcSig(ins.imm);
        const args = popN(ins, csig.params.length);
        const dsts = csig.results.map(newTemp);
        emit({ s: 'call', func: ins.imm, args, dsts });
        dsts.forEach(push);
        break;
      }
      case 'call_indirect': {
        const csig = mod.types[ins.imm.typeIndex];
        const callee = pop(ins);
        const args = popN(ins, csig.params.length);
        const dsts = csig.results.map(newTemp);
        emit({ s: 'call_indirect', typeIndex: ins.imm.typeIndex, table: ins.imm.table, callee, args, dsts });
        dsts.forEach(push);
        break;
      }
      case 'block': case 'loop': {
        const frame = openFrame(ins, name, ins.imm);
        frame.stmt = { s: name, label: frame.label, body: frame.stmts };
        break;
      }
      case 'if': {
        const cond = pop(ins);
        const frame = openFrame(ins, 'if', ins.imm);
        frame.stmt = { s: 'if', label: frame.label, cond, then: frame.stmts, else: [] };
        break;
      }
      case 'else': {
        const frame = top();
        if (frame.label.kind !== 'if' || frame.inElse) fail(ins, '`else` outside an `if`');
        closeArm(ins, frame);
        frame.inElse = true;
        frame.unreachable = false;
        frame.stmts = frame.stmt.else;
        break;
      }
      case 'try': {
        fn.hasTry = true;
        const frame = openFrame(ins, 'try', ins.imm);
        frame.stmt = { s: 'try', label: frame.label, body: frame.stmts, catches: [], catchAll: null };
        break;
      }
      case 'catch': case 'catch_all': {
        const frame = top();
        if (frame.label.kind !== 'try' || frame.inCatchAll) fail(ins, `\`${name}\` outside a \`try\``);
        closeArm(ins, frame);
        frame.unreachable = false;
        frame.inCatch = true;
        if (name === 'catch') {
          const tag = mod.tags[ins.imm];
          if (!tag) fail(ins, `unknown exception tag ${ins.imm}`);
          const params = mod.types[tag.type].params.map(newTemp);
          const clause = { tag: ins.imm, params, body: [] };
          frame.stmt.catches.push(clause);
          frame.stmts = clause.body;
          params.forEach(push);
        } else {
          frame.inCatchAll = true;
          frame.stmt.catchAll = [];
          frame.stmts = frame.stmt.catchAll;
        }
        break;
      }
      case 'end': {
        const frame = top();
        if (frame.label.kind === 'if' && !frame.inElse && frame.resultTypes.length) {
          fail(ins, '`if` with results but no `else`');
        }
        if (frame === root) {
          // The function's final `end`: the values left on the stack are returned.
          if (!frame.unreachable) root.stmts.push({ s: 'return', values: popN(ins, sig.results.length) });
          frames.pop();
          break;
        }
        closeArm(ins, frame);
        frames.pop();
        emit(frame.stmt);
        frame.label.results.forEach(push);
        break;
      }
      case 'br': {
        const target = labelAt(ins, ins.imm);
        emit(branchTo(target, { s: 'br', values: popN(ins, branchArity(target)) }));
        top().unreachable = true;
        break;
      }
      case 'br_if': {
        const cond = pop(ins);
        const target = labelAt(ins, ins.imm);
        emit(branchTo(target, { s: 'br_if', cond, values: branchValues(ins, target) }));
        break;
      }
      case 'br_table': {
        const index = pop(ins);
        const targets = ins.imm.labels.map((d) => labelAt(ins, d));
        const def = labelAt(ins, ins.imm.defaultLabel);
        const values = popN(ins, branchArity(def));
        emit({
          s: 'br_table', index, values,
          labels: targets.map((t) => labelOf(t)), defaultLabel: labelOf(def),
        });
        top().unreachable = true;
        break;
      }
      case 'return':
        emit({ s: 'return', values: popN(ins, sig.results.length) });
        top().unreachable = true;
        break;
      case 'throw': {
        const tag = mod.tags[ins.imm];
        if (!tag) fail(ins, `unknown exception tag ${ins.imm}`);
        emit({ s: 'throw', tag: ins.imm, args: popN(ins, mod.types[tag.type].params.length) });
        top().unreachable = true;
        break;
      }
      case 'rethrow': {
        const target = labelAt(ins, ins.imm);
        if (target.label.kind !== 'try' || !target.inCatch) fail(ins, '`rethrow` does not name a catch');
        emit({ s: 'rethrow', label: target.label });
        top().unreachable = true;
        break;
      }
      default:
        fail(ins, `the translator does not support \`${name}\` yet`);
    }
  }
  if (frames.length) throw new TranslateError(`function ${index}: body ends inside an open block`);
  return fn;

  // A branch to the function's own frame is a return.
  function branchTo(frame, st) {
    if (frame === root) {
      return st.s === 'br'
        ? { s: 'return', values: st.values }
        : { s: 'if', label: { id: labelIds++, kind: 'if', results: [], used: false }, cond: st.cond,
          then: [{ s: 'return', values: st.values }], else: [] };
    }
    return { ...st, label: frame.label };
  }
  function labelOf(frame) {
    return frame === root ? rootLabel : frame.label;
  }
}
