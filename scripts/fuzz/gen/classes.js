// Classes: fields, constructors, parameter properties, methods, getters and
// setters, static members, abstract classes, inheritance up to three levels
// with super(...) and super.method(...), overriding and dynamic dispatch,
// instanceof, toString overrides, method names that are also builtins' names.
//
// No call cycles: a method calls only super.<its own name>(), abstract methods
// (whose implementations call no methods) and top-level functions, which
// never call methods.

import { args, block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, NUM, STR } from './core.js';

const METHOD_NAMES = ['add', 'get', 'set', 'has', 'push', 'size2', 'map', 'update', 'step', 'value', 'compute', 'read',
  'write', 'reset', 'next', 'fill', 'join', 'slice', 'keys', 'area', 'scale', 'describe', 'toFixed2', 'apply2', 'call2'];
const FIELD_NAMES = ['x', 'y', 'n', 'count', 'total', 'label', 'name2', 'id', 'w', 'h', 'size', 'length2', 'data', 'kind'];

function memberName(ctx, used, pool) {
  const r = ctx.rng;
  for (let i = 0; i < 10; i++) {
    const n = r.pick(pool);
    if (!used.has(n)) { used.add(n); return n; }
  }
  const n = `${r.pick(pool)}${ctx.id('_')}`;
  used.add(n);
  return n;
}

/** A method body: statements over fields and parameters, then a return of type `ret`. */
function methodBody(ctx, cls, params, ret, { superCall = null, abstractCalls = [] } = {}) {
  return ctx.inFunction({ kind: 'method', ret, noMethods: true }, () => {
    for (const m of cls.allMembers) {
      if (m.kind === 'field' || m.kind === 'getter') ctx.declare(`this.${m.name}`, m.ty, (m.kind === 'field' && !m.readonly) || !!m.setter);
    }
    for (const p of params) ctx.declare(p.name, p.ty, true);
    const body = ctx.statements(ctx.rng.int(0, 2), 1);
    let value = ctx.expr(ret, 2);
    if (superCall && ctx.rng.chance(0.8)) {
      const call = ex(ret, `super.${superCall}(`, args(params.map((p) => ex(p.ty, p.name)), params.length), ')');
      value = ret === NUM ? ex(NUM, '(', call, ' + ', value, ')') : ex(STR, '(', call, ' + ', value, ')');
    }
    if (abstractCalls.length && ctx.rng.chance(0.7)) {
      const a = ctx.rng.pick(abstractCalls);
      const call = ex(a.ty, `this.${a.name}(`, args(a.params.map((p) => ctx.expr(p, 0)), a.params.length), ')');
      value = ret === NUM && a.ty === NUM ? ex(NUM, '(', call, ' * ', value, ')') : ret === STR ? ex(STR, '(', value, ' + ', call, ')') : value;
    }
    return block([...body, stmt('return ', value, ';')]);
  });
}

function makeClass(ctx, parent, depth) {
  const r = ctx.rng;
  const name = ctx.gid(parent ? 'Sub' : 'Base');
  const cls = {
    name, parent: parent?.name ?? null, root: parent?.root ?? name, depth,
    abstract: !parent && r.chance(0.25), allMembers: [...(parent?.allMembers ?? [])], own: [],
  };
  const used = new Set(cls.allMembers.map((m) => m.name));
  const members = [];
  // fields with initialisers
  const nFields = r.int(parent ? 0 : 1, 3);
  for (let i = 0; i < nFields; i++) {
    const ty = r.chance(0.7) ? NUM : STR;
    const f = memberName(ctx, used, FIELD_NAMES);
    members.push(stmt(`${f}: ${ty} = `, ty === NUM ? ctx.numLit() : ctx.strLit(), ';'));
    const m = { kind: 'field', name: f, ty };
    cls.allMembers.push(m);
    cls.own.push(m);
  }
  if (r.chance(0.3)) {
    members.push(stmt(`static created: number = 0;`));
    cls.staticCount = true;
    // a static method that subclasses inherit, reading the static field through `this`
    if (r.chance(0.5)) {
      members.push(stmt(`static tally(k: number): number { return this.created * ${r.int(2, 9)} + k; }`));
      cls.staticTally = true;
    }
  }
  // constructor
  const ctorParams = r.chance(0.3) ? [] : [{ name: 'p', ty: NUM }, ...(r.chance(0.4) ? [{ name: 'q', ty: STR }] : [])];
  const propParam = r.chance(0.3) ? { name: memberName(ctx, used, FIELD_NAMES), ty: r.chance(0.5) ? NUM : STR } : null;
  const ctorBody = ctx.inFunction({ kind: 'ctor', ret: 'void', noMethods: true }, () => {
    for (const p of ctorParams) ctx.declare(p.name, p.ty, true);
    const body = [];
    if (parent) body.push(stmt('super(', args(parent.ctorParams.map((p) => ctx.expr(p.ty, 1)), parent.ctorParams.length), ');'));
    for (const m of cls.allMembers) if (m.kind === 'field') ctx.declare(`this.${m.name}`, m.ty, !m.readonly);
    if (cls.staticCount) body.push(stmt(`${name}.created++;`));
    body.push(...ctx.statements(r.int(0, 2), 1));
    return body;
  });
  const ctorPrinted = [...ctorParams.map((p) => `${p.name}: ${p.ty}`), ...(propParam ? [`readonly ${propParam.name}: ${propParam.ty}`] : [])];
  cls.ctorParams = [...ctorParams, ...(propParam ? [propParam] : [])];
  if (propParam) {
    const m = { kind: 'field', name: propParam.name, ty: propParam.ty, readonly: true };
    cls.allMembers.push(m);
  }
  if (ctorPrinted.length || ctorBody.length || parent) {
    members.push(stmt(`constructor(${ctorPrinted.join(', ')}) `, block(ctorBody)));
  }
  // getter / setter
  const numFields = cls.allMembers.filter((m) => m.kind === 'field' && m.ty === NUM && !m.readonly);
  if (numFields.length && r.chance(0.6)) {
    const f = r.pick(numFields);
    const g = memberName(ctx, used, ['twice', 'half', 'plus1', 'mag', 'level', 'raw']);
    const k = r.pick([2, 3, 10]);
    members.push(stmt(`get ${g}(): number `, block([stmt(`return this.${f.name} * ${k};`)])));
    const setter = r.chance(0.6);
    if (setter) members.push(stmt(`set ${g}(v: number) `, block([stmt(`this.${f.name} = v / ${k};`)])));
    const m = { kind: 'getter', name: g, ty: NUM, setter };
    cls.allMembers.push(m);
  }
  // abstract methods (implemented by subclasses)
  if (cls.abstract) {
    const a = { kind: 'method', name: memberName(ctx, used, METHOD_NAMES), ty: NUM, params: [NUM], abstract: true };
    members.push(stmt(`abstract ${a.name}(k: number): number;`));
    cls.allMembers.push(a);
  }
  // implementations of inherited abstract methods, and overrides
  for (const m of parent?.allMembers ?? []) {
    if (m.kind !== 'method') continue;
    const implement = m.abstract && !cls.allMembers.some((x) => x.name === m.name && !x.abstract && x !== m);
    if (!implement && !r.chance(0.5)) continue;
    const params = m.params.map((ty, i) => ({ name: `a${i}`, ty }));
    const body = methodBody(ctx, cls, params, m.ty, { superCall: m.abstract ? null : m.name });
    members.push(stmt(`${m.name}(${params.map((p) => `${p.name}: ${p.ty}`).join(', ')}): ${m.ty} `, body));
    const idx = cls.allMembers.indexOf(m);
    cls.allMembers[idx] = { ...m, abstract: false };
  }
  // new methods
  const nMethods = r.int(1, 3);
  const abstractCalls = cls.allMembers.filter((m) => m.kind === 'method' && m.abstract);
  for (let i = 0; i < nMethods; i++) {
    const ret = r.chance(0.65) ? NUM : STR;
    const params = Array.from({ length: r.int(0, 2) }, (_, k) => ({ name: `a${k}`, ty: r.chance(0.8) ? NUM : STR }));
    const mname = memberName(ctx, used, METHOD_NAMES);
    const body = methodBody(ctx, cls, params, ret, { abstractCalls });
    members.push(stmt(`${mname}(${params.map((p) => `${p.name}: ${p.ty}`).join(', ')}): ${ret} `, body));
    cls.allMembers.push({ kind: 'method', name: mname, ty: ret, params: params.map((p) => p.ty) });
  }
  if (r.chance(0.2) && !used.has('toString')) {
    used.add('toString');
    const body = methodBody(ctx, cls, [], STR);
    members.push(stmt('toString(): string ', body));
    cls.hasToString = true;
  }
  cls.hasToString ||= parent?.hasToString;
  const head = `${cls.abstract ? 'abstract ' : ''}class ${name}${parent ? ` extends ${parent.name}` : ''} `;
  ctx.decls.push(stmt(head, block(members)));
  ctx.classes.push(cls);
  return cls;
}

export default {
  name: 'classes',
  weight: 10,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const base = makeClass(ctx, null, 0);
    const family = [base];
    const nSubs = r.int(base.abstract ? 1 : 0, 3);
    for (let i = 0; i < nSubs; i++) {
      const parent = r.pick(family.filter((c) => c.depth < 2));
      family.push(makeClass(ctx, parent, parent.depth + 1));
    }
    const concrete = family.filter((c) => !c.abstract);
    const objs = [];
    for (let i = 0; i < r.int(1, 3); i++) {
      const c = r.pick(concrete);
      const o = ctx.id('o');
      const declTy = r.chance(0.5) ? c : family.find((k) => k.name === c.parent) ?? c;
      out.push(stmt(`const ${o}: ${declTy.name} = new ${c.name}(`, args(c.ctorParams.map((p) => ctx.expr(p.ty, 1)), c.ctorParams.length), ');'));
      ctx.declare(o, declTy.name, false, { cls: true });
      objs.push({ name: o, cls: declTy });
    }
    const n = r.int(2, 6);
    for (let k = 0; k < n && ctx.canPrint(); k++) {
      const o = r.pick(objs);
      const members = o.cls.allMembers;
      r.weighted([
        [4, () => {
          const vals = r.sample(members, r.int(1, 3)).map((m) => {
            if (m.kind === 'method') return ex(m.ty, `${o.name}.${m.name}(`, args(m.params.map((p) => ctx.expr(p, 1)), m.params.length), ')');
            return ex(m.ty, `${o.name}.${m.name}`);
          });
          out.push(ctx.print(vals));
        }],
        [2, () => {
          const w = members.filter((m) => (m.kind === 'field' && !m.readonly) || (m.kind === 'getter' && m.setter));
          if (!w.length) return;
          const m = r.pick(w);
          out.push(stmt(`${o.name}.${m.name} ${m.ty === NUM ? r.pick(['=', '+=', '*=', '-=']) : r.pick(['=', '+='])} `, ctx.expr(m.ty, 1), ';'));
          out.push(ctx.print([ex(m.ty, `${o.name}.${m.name}`)]));
        }],
        [2, () => out.push(ctx.print(family.map((c) => ex(BOOL, `(${o.name} instanceof ${c.name})`))))],
        [2, () => {
          // polymorphic calls over an array of the base type
          const list = ctx.id('list');
          const it = ctx.id('it');
          const m = r.pick(base.allMembers);
          const use = m.kind === 'method' ? `${it}.${m.name}(${m.params.map((p) => (p === NUM ? r.int(-3, 9) : '"q"')).join(', ')})` : `${it}.${m.name}`;
          if (!ctx.canPrint(objs.length)) return;
          ctx.prints += objs.length;
          const body = block([stmt('console.log(', lit(STR, ctx.label()), `, ${use});`)]);
          out.push(stmt(`const ${list}: ${base.name}[] = [${objs.map((x) => x.name).join(', ')}];`));
          out.push(compound([], `for (const ${it} of ${list}) `, body));
        }],
        [1, () => {
          if (!o.cls.hasToString) return out.push(ctx.print([ex(BOOL, `(${o.name} instanceof ${base.name})`)]));
          out.push(ctx.print([ex(STR, `String(${o.name})`), ex(STR, `\`<\${${o.name}}>\``), ex(STR, `"" + ${o.name}`)]));
        }],
        [1, () => {
          const other = r.pick(objs.filter((x) => x.cls === o.cls || x.cls === base || o.cls === base));
          out.push(ctx.print([ex(NUM, `${o.name} === ${other.name} ? 1 : 0`)]));
        }],
      ])();
    }
    // static members, own or inherited from a base class (read through the subclass)
    const ancestors = (c) => (c ? [c, ...ancestors(family.find((x) => x.name === c.parent))] : []);
    for (const c of family) {
      const chain = ancestors(c);
      if (chain.some((x) => x.staticCount) && ctx.canPrint()) out.push(ctx.print([ex(NUM, `${c.name}.created`)]));
      if (chain.some((x) => x.staticTally) && ctx.canPrint()) out.push(ctx.print([ex(NUM, `${c.name}.tally(${r.int(0, 5)})`)]));
    }
    // an object literal whose methods and accessors use `this`
    if (r.chance(0.3) && ctx.canPrint()) {
      const lit = ctx.id('rec');
      out.push(stmt(`const ${lit} = { n: `, ctx.numLit(), `, bump(k: number): number { this.n += k; return this.n; }, get twice(): number { return this.n * 2; } };`));
      out.push(ctx.print([ex(NUM, `${lit}.bump(${r.int(-3, 9)})`), ex(NUM, `${lit}.twice`), ex(STR, `typeof ${lit}.bump`)]));
    }
    return out;
  },
};
