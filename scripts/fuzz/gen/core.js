// The generator's core: the context (names, scopes, output budget) and typed
// expression generation. Every expression is built for a TypeScript type and
// only from values of the right type, so the programs type-check under
// `strict`; families (the other files in this directory) add statements and
// declarations for one construct family each.

import { PREFIX, args, block, ex, lit, stmt } from '../tree.js';

export const NUM = 'number';
export const STR = 'string';
export const BOOL = 'boolean';

export const TYPED_KINDS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array'];
export const BYTES = { Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1, Int16Array: 2, Uint16Array: 2, Int32Array: 4,
  Uint32Array: 4, Float32Array: 4, Float64Array: 8 };

/** Numbers at the edges of JavaScript's integer and float semantics. */
export const EDGE_NUMBERS = [0, -0, 1, -1, 2, -2, 3, 7, 8, 10, 15, 16, 31, 32, 33, 100, 127, 128, 255, 256, 1000, 65535,
  65536, 2147483647, -2147483648, 2147483648, -2147483649, 4294967295, 4294967296, 4294967297, 9007199254740991,
  9007199254740992, -9007199254740992, 9007199254740993, 1e21, 1e-7, 123456789, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2,
  0.3, 1 / 3, 3.14159, -7.25, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, NaN, Infinity, -Infinity,
  4.35, 1.005, 0.000001, 123.456, 1e15, 1e16, 1.2e-10];
const SMALL_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 31, 42, 100, -1, -3, 0.5, 2.75];

export const STRING_LITERALS = ['', 'a', 'b', 'ab', 'abc', 'hello', 'Hello World', 'zZ', 'x1', '42', '-7.5', '0x1f',
  '1e3', ' pad ', 'a,b,c', 'a-b', 'é', 'Ωmega', '日本', '😀', 'ß', 'İi', 'tab\tx', 'line', 'key', 'value', 'NaN',
  'Infinity', '  ', 'AbCdEf', 'ǅ', 'ﬀ', 'café'];

const UNARY_MATH = ['abs', 'floor', 'ceil', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'fround', 'clz32', 'exp',
  'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
  'asinh', 'acosh', 'atanh'];

/** Exact cases of `**` and Math.pow (docs/language.md: inexact results may differ in the last bit). */
const POW_CASES = (() => {
  const out = [];
  for (const b of [0, 1, -1, 2, -2, 3, -3, 4, 5, 10, 0.5, -0.5, 16]) {
    for (let e = 0; e <= 12; e++) out.push([b, e]);
  }
  for (const b of [2, -2, 4, 0.5, 16]) for (let e = -6; e < 0; e++) out.push([b, e]);
  out.push([4, 0.5], [9, 0.5], [16, 0.25], [0, -1], [-0, -1], [-0, -3], [NaN, 0], [1, Infinity], [Infinity, -1],
    [-Infinity, 3], [-8, 1 / 3], [2, 0.5 * 2], [0.25, 0.5], [-Infinity, 0.5], [Infinity, 0]);
  return out;
})();

export class Ctx {
  /**
   * @param {import('../rng.js').Rng} rng
   * @param {object} opts { without: Set<string> }
   */
  constructor(rng, opts = {}) {
    this.rng = rng;
    this.opts = opts;
    this.decls = []; // top-level declarations (statement nodes)
    this.globals = []; // module-level variables { name, ty, mut }
    this.scopes = [[]];
    this.counter = 0;
    this.prints = 0;
    this.maxPrints = opts.maxPrints ?? 40;
    this.fn = { kind: 'main', ret: 'void' };
    this.loops = []; // enclosing loops: { label }
    this.classes = []; // { name, parent, fields, methods, getters, isError, abstract }
    this.funcs = []; // top-level functions { name, params: [ty], ret }
    this.labelCounter = 0;
    this.families = new Set();
  }

  /** Is a construct family or feature turned off (--without)? */
  off(name) { return !!this.opts.without?.includes(name); }

  id(base) { return `${base}${++this.counter}`; }
  gid(base) { return `${PREFIX}${base}${++this.counter}`; }
  label() { return `L${++this.labelCounter}`; }

  pushScope() { this.scopes.push([]); }
  popScope() { this.scopes.pop(); }
  declare(name, ty, mut = true, extra = {}) {
    const v = { name, ty, mut, ...extra };
    this.scopes[this.scopes.length - 1].push(v);
    return v;
  }
  declareGlobal(name, ty, mut = true) {
    const v = { name, ty, mut, global: true };
    this.globals.push(v);
    return v;
  }

  /** Every visible variable (innermost first) matching a predicate. */
  visible(pred = () => true) {
    const out = [];
    for (let i = this.scopes.length - 1; i >= 0; i--) for (const v of this.scopes[i]) if (pred(v)) out.push(v);
    if (this.fn.globalsVisible !== false) for (const v of this.globals) if (pred(v)) out.push(v);
    return out;
  }
  varsOf(ty) { return this.visible((v) => v.ty === ty); }
  mutableOf(ty) { return this.visible((v) => v.ty === ty && v.mut); }

  /** Run `fn` inside a new function context (its own scopes and loops). */
  inFunction(info, fn) {
    const saved = { scopes: this.scopes, fn: this.fn, loops: this.loops };
    this.scopes = [[]];
    this.fn = info;
    this.loops = [];
    try { return fn(); } finally { Object.assign(this, saved); }
  }

  /** Run `fn` in a nested callback: it sees the enclosing scopes (as a closure does). */
  inCallback(info, fn) {
    const saved = { fn: this.fn, loops: this.loops };
    this.fn = { ...info, outer: this.fn };
    this.loops = [];
    this.pushScope();
    try { return fn(); } finally {
      this.popScope();
      Object.assign(this, saved);
    }
  }

  inLoop(label, fn) {
    this.loops.push({ label });
    this.pushScope();
    try { return fn(); } finally {
      this.popScope();
      this.loops.pop();
    }
  }

  withScope(fn) {
    this.pushScope();
    try { return fn(); } finally { this.popScope(); }
  }

  /** Functions an expression here may call: earlier ones, never the one being written (no recursion). */
  callable(ret) {
    return this.funcs.filter((f) => f.ret === ret && !f.busy);
  }

  /** Objects whose members an expression here may use: none inside functions and methods (no call cycles). */
  objects() {
    if (this.fn.noMethods || this.fn.outer?.noMethods) return [];
    return this.visible((x) => x.cls);
  }

  canPrint(n = 1) { return this.prints + n <= this.maxPrints; }

  // ---------------------------------------------------------------- literals

  /** Options that call a function, or read a field or getter or call a method of an object, of type ty. */
  callOptions(options, ty, d) {
    for (const f of this.callable(ty)) {
      options.push([1, () => ex(ty, `${f.name}(`, args(f.params.map((p) => this.expr(p, d)), f.params.length), ')')]);
    }
    for (const v of this.objects()) {
      const c = this.classes.find((k) => k.name === v.ty);
      for (const m of c?.allMembers?.filter((m) => m.ty === ty) ?? []) {
        if (m.kind === 'field' || m.kind === 'getter') options.push([0.7, () => ex(ty, `${v.name}.${m.name}`)]);
        if (m.kind === 'method') {
          options.push([0.7, () => ex(ty, `${v.name}.${m.name}(`, args(m.params.map((p) => this.expr(p, d)), m.params.length), ')')]);
        }
      }
    }
  }

  numLit() {
    const r = this.rng;
    return r.weighted([
      [5, () => lit(NUM, r.pick(EDGE_NUMBERS))],
      [4, () => lit(NUM, r.pick(SMALL_NUMBERS))],
      [2, () => lit(NUM, r.int(-300, 300))],
      [1, () => lit(NUM, Math.round(r.float() * 20000 - 10000) / 100)],
      [1, () => ex(NUM, r.pick(['Number.MAX_SAFE_INTEGER', 'Number.MIN_SAFE_INTEGER', 'Number.EPSILON',
        'Number.MAX_VALUE', 'Number.MIN_VALUE', 'Math.PI', 'Math.E', 'Math.LN2', 'Math.SQRT2',
        'Number.POSITIVE_INFINITY', 'Number.NEGATIVE_INFINITY']))],
    ])();
  }

  smallInt(lo = 0, hi = 10) { return lit(NUM, this.rng.int(lo, hi)); }
  strLit() { return lit(STR, this.rng.pick(STRING_LITERALS)); }

  // ------------------------------------------------------------- expressions

  /** An expression of type `ty` ('number', 'string', 'boolean'); depth bounds its size. */
  expr(ty, depth = 2) {
    if (ty === NUM) return this.num(depth);
    if (ty === STR) return this.str(depth);
    if (ty === BOOL) return this.bool(depth);
    const vs = this.varsOf(ty);
    if (vs.length) return this.rng.pick(vs).name;
    throw new Error(`no expression of type ${ty}`);
  }

  varRef(ty) {
    const vs = this.varsOf(ty);
    return vs.length ? ex(ty, this.rng.pick(vs).name) : null;
  }

  num(depth = 2) {
    const r = this.rng;
    if (depth <= 0) return this.varRef(NUM) && r.chance(0.6) ? this.varRef(NUM) : this.numLit();
    const d = depth - 1;
    const options = [
      [3, () => this.numLit()],
      [4, () => this.varRef(NUM) ?? this.numLit()],
      [6, () => ex(NUM, '(', this.num(d), ` ${r.pick(['+', '-', '*', '/', '%'])} `, this.num(d), ')')],
      [4, () => ex(NUM, '(', this.num(d), ` ${r.pick(['&', '|', '^', '<<', '>>', '>>>'])} `, this.num(d), ')')],
      [2, () => ex(NUM, `(${r.pick(['-', '+', '~'])}`, this.num(d), ')')],
      [3, () => ex(NUM, `Math.${r.pick(UNARY_MATH)}(`, this.num(d), ')')],
      [2, () => this.mathMulti(d)],
      [1, () => this.pow()],
      [2, () => ex(NUM, '(', this.bool(d), ' ? ', this.num(d), ' : ', this.num(d), ')')],
      [2, () => ex(NUM, '(', this.str(d), ').length')],
      [1, () => ex(NUM, '(', this.str(d), ').charCodeAt(', this.smallInt(-1, 6), ')')],
      [1, () => ex(NUM, '(', this.str(d), `).${r.pick(['indexOf', 'lastIndexOf'])}(`, this.strLit(), ')')],
      [1, () => ex(NUM, '((', this.str(d), ').codePointAt(', this.smallInt(0, 4), ') ?? -1)')],
      [1, () => ex(NUM, `${r.pick(['parseInt', 'parseFloat', 'Number'])}(`, this.numericString(), ')')],
    ];
    const mutable = this.mutableOf(NUM);
    if (mutable.length) {
      const v = r.pick(mutable).name;
      options.push([1, () => ex(NUM, `(${r.pick([`${v}++`, `${v}--`, `++${v}`, `--${v}`])})`)]);
      options.push([1, () => ex(NUM, `(${v} ${r.pick(['+=', '-=', '*=', '|=', '^=', '>>>='])} `, this.num(0), ')')]);
    }
    for (const v of this.visible((x) => x.ty === 'number[]')) {
      options.push([1, () => ex(NUM, `${v.name}.length`)]);
      options.push([1, () => ex(NUM, `${v.name}[`, this.index(v.name), ']')]);
    }
    for (const v of this.visible((x) => TYPED_KINDS.includes(x.ty))) {
      options.push([1, () => ex(NUM, `${v.name}[`, this.index(v.name), ']')]);
      options.push([0.5, () => ex(NUM, `${v.name}.${r.pick(['length', 'byteLength', 'byteOffset'])}`)]);
    }
    for (const v of this.visible((x) => x.ty.startsWith('Map<') || x.ty.startsWith('Set<'))) {
      options.push([0.5, () => ex(NUM, `${v.name}.size`)]);
    }
    for (const v of this.visible((x) => x.ty === 'Map<string, number>')) {
      options.push([0.7, () => ex(NUM, `(${v.name}.get(`, this.str(0), ') ?? -1)')]);
    }
    this.callOptions(options, NUM, d);
    return r.weighted(options)();
  }

  numericString() {
    return lit(STR, this.rng.pick(['42', '-17', '3.5', '0x1F', '1e3', '  12  ', '', 'abc', '12px', '0b101', '-0',
      'Infinity', '.5', '5.', '007', '1_000', '9007199254740993', '+3']));
  }

  mathMulti(d) {
    const r = this.rng;
    return r.weighted([
      [2, () => ex(NUM, `Math.${r.pick(['min', 'max'])}(`, args(Array.from({ length: r.int(0, 4) }, () => this.num(d))), ')')],
      [2, () => ex(NUM, 'Math.imul(', this.num(d), ', ', this.num(d), ')')],
      [1, () => ex(NUM, 'Math.atan2(', this.num(d), ', ', this.num(d), ')')],
      [1, () => ex(NUM, 'Math.hypot(', args(Array.from({ length: r.int(1, 3) }, () => this.num(d)), 1), ')')],
    ])();
  }

  pow() {
    const [b, e] = this.rng.pick(POW_CASES);
    // fixed text: the shrinker must not turn them into inexact cases
    return this.rng.chance(0.5) ? ex(NUM, `(${numberTextFixed(b)} ** ${numberTextFixed(e)})`)
      : ex(NUM, `Math.pow(${numberTextFixed(b)}, ${numberTextFixed(e)})`);
  }

  /** An index into an array or typed array: usually in range, sometimes past either end. */
  index(name) {
    const r = this.rng;
    const loopVars = this.visible((v) => v.loopIndex);
    return r.weighted([
      [4, () => this.smallInt(0, 5)],
      [2, () => ex(NUM, `${name}.length - 1`)],
      [1, () => ex(NUM, `${name}.length`)],
      [this.off('odd-index') ? 0 : 1, () => lit(NUM, r.pick([-1, 1.5, 100, 2 ** 32]))],
      [3, () => ex(NUM, '((', this.num(1), ') >>> 0) % (', `${name}.length + 1`, ')')],
      [loopVars.length ? 3 : 0, () => ex(NUM, r.pick(loopVars).name)],
    ])();
  }

  str(depth = 2) {
    const r = this.rng;
    if (depth <= 0) return this.varRef(STR) && r.chance(0.6) ? this.varRef(STR) : this.strLit();
    const d = depth - 1;
    const options = [
      [3, () => this.strLit()],
      [3, () => this.varRef(STR) ?? this.strLit()],
      [3, () => ex(STR, '(', this.str(d), ' + ', r.chance(0.5) ? this.str(d) : this.num(d), ')')],
      [3, () => ex(STR, '`', this.templatePart(d), '`')],
      [4, () => this.formatNumber(d)],
      [1, () => ex(STR, 'String(', this.bool(d), ')')],
      [2, () => ex(STR, '(', this.str(d), ').slice(', this.smallInt(-4, 6), r.chance(0.5) ? ex(NUM, ', ', this.smallInt(-3, 8)) : '', ')')],
      [1, () => ex(STR, '(', this.str(d), ').substring(', this.smallInt(0, 5), ', ', this.smallInt(0, 8), ')')],
      [2, () => ex(STR, '(', this.str(d), `).${r.pick(['padStart', 'padEnd'])}(`, this.smallInt(0, 12), r.chance(0.6) ? ex(STR, ', ', this.strLit()) : '', ')')],
      [2, () => ex(STR, '(', this.str(d), `).${r.pick(['toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd'])}()`)],
      [1, () => ex(STR, '(', this.str(d), ').repeat(', this.smallInt(0, 3), ')')],
      [1, () => ex(STR, '(', this.str(d), ').charAt(', this.smallInt(-1, 5), ')')],
      [1, () => ex(STR, '(', this.str(d), `).${r.pick(['replace', 'replaceAll'])}(`, this.strLit(), ', ', this.strLit(), ')')],
      [1, () => ex(STR, '(', this.str(d), ').split(', this.strLit(), ').join(', this.strLit(), ')')],
      [1, () => ex(STR, '(', this.str(d), ').concat(', this.str(d), ')')],
      [1, () => ex(STR, 'String.fromCharCode(', this.num(d), ')')],
      [1, () => ex(STR, '(', this.bool(d), ' ? ', this.str(d), ' : ', this.str(d), ')')],
    ];
    for (const v of this.visible((x) => x.ty === 'number[]' || x.ty === 'string[]' || TYPED_KINDS.includes(x.ty))) {
      options.push([1, () => ex(STR, `${v.name}.join(`, r.chance(0.7) ? this.strLit() : '', ')')]);
    }
    this.callOptions(options, STR, d);
    return r.weighted(options)();
  }

  templatePart(d) {
    const r = this.rng;
    const parts = [];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.6)) parts.push(r.pick(['', 'x=', ' ', ':', 'v ', '[', ']', '-']));
      parts.push('${', r.weighted([[3, () => this.num(d)], [2, () => this.str(d)], [1, () => this.bool(d)]])(), '}');
    }
    return ex(STR, ...parts);
  }

  /** Number formatting: String(), toString(radix), toFixed, toPrecision, toExponential. */
  formatNumber(d) {
    const r = this.rng;
    const n = () => ex(NUM, '(', this.num(d), ')');
    return r.weighted([
      [2, () => ex(STR, 'String(', this.num(d), ')')],
      [2, () => ex(STR, n(), '.toString(', r.chance(0.5) ? this.smallInt(2, 36) : '', ')')],
      [3, () => ex(STR, n(), '.toFixed(', r.chance(0.85) ? this.smallInt(0, 20) : '', ')')],
      [2, () => ex(STR, n(), '.toPrecision(', r.chance(0.9) ? this.smallInt(1, 21) : '', ')')],
      [2, () => ex(STR, n(), '.toExponential(', r.chance(0.8) ? this.smallInt(0, 20) : '', ')')],
    ])();
  }

  bool(depth = 2) {
    const r = this.rng;
    if (depth <= 0) {
      const v = this.varRef(BOOL);
      if (v && r.chance(0.5)) return v;
      return this.compare(NUM, 0);
    }
    const d = depth - 1;
    const options = [
      [2, () => this.varRef(BOOL) ?? lit(BOOL, r.chance(0.5))],
      [5, () => this.compare(NUM, d)],
      [2, () => this.compare(STR, d)],
      [2, () => ex(BOOL, '(!', this.bool(d), ')')],
      [3, () => ex(BOOL, '(', this.bool(d), ` ${r.pick(['&&', '||'])} `, this.bool(d), ')')],
      [2, () => ex(BOOL, `${r.pick(['Number.isInteger', 'Number.isNaN', 'Number.isFinite', 'Number.isSafeInteger', 'isNaN', 'isFinite'])}(`, this.num(d), ')')],
      [1, () => ex(BOOL, '(', this.str(d), `).${r.pick(['includes', 'startsWith', 'endsWith'])}(`, this.str(0), ')')],
      [1, () => ex(BOOL, '(', this.bool(d), ' ? ', this.bool(d), ' : ', this.bool(d), ')')],
    ];
    for (const v of this.visible((x) => x.ty === 'number[]' || TYPED_KINDS.includes(x.ty))) {
      options.push([0.7, () => ex(BOOL, `${v.name}.includes(`, this.num(0), ')')]);
    }
    for (const v of this.visible((x) => x.ty.startsWith('Map<') || x.ty.startsWith('Set<'))) {
      const keyTy = /^(?:Map|Set)<(\w+)/.exec(v.ty)[1];
      options.push([0.7, () => ex(BOOL, `${v.name}.has(`, this.expr(keyTy, 0), ')')]);
    }
    const objs = this.objects();
    if (objs.length) {
      const v = r.pick(objs);
      const c = this.classes.find((k) => k.name === v.ty);
      const related = this.classes.filter((k) => k.root === c?.root && !k.isError);
      if (related.length) options.push([1, () => ex(BOOL, `(${v.name} instanceof ${r.pick(related).name})`)]);
    }
    return r.weighted(options)();
  }

  /**
   * A comparison. TypeScript refuses === between types without overlap, such as two different literals
   * (TS2367), so one side of an equality is asserted to its wide type.
   */
  compare(ty, d, ops = ['<', '>', '<=', '>=', '===', '!==', '==', '!=']) {
    const op = this.rng.pick(ops);
    const a = ty === NUM ? this.eqOperand(d) : this.str(d);
    const b = ty === NUM ? this.eqOperand(d) : this.str(d);
    if (op.includes('=') && op !== '<=' && op !== '>=') return ex(BOOL, '((', a, ` as ${ty}) ${op} `, b, ')');
    return ex(BOOL, '(', a, ` ${op} `, b, ')');
  }

  /** A number operand for ===: TypeScript refuses a literal NaN there (TS2845). */
  eqOperand(d) {
    const e = this.num(d);
    if (e.t === 'lit' && Number.isNaN(e.v)) return ex(NUM, '(', e, ' + 0)');
    return e;
  }

  /** A value that console.log can print, of a random primitive type. */
  printable(depth = 2) {
    const r = this.rng;
    return r.weighted([[6, () => this.num(depth)], [3, () => this.str(depth)], [2, () => this.bool(depth)]])();
  }

  /** console.log(label, values...): one line of output. */
  print(values, { label = true } = {}) {
    this.prints++;
    const items = [...(label ? [lit(STR, this.label())] : []), ...values];
    return stmt(`console.${this.rng.weighted([[12, 'log'], [1, 'info'], [1, 'debug']])}(`, args(items, 1), ');');
  }

  printRandom(n = this.rng.int(1, 3), depth = 2) {
    return this.print(Array.from({ length: n }, () => this.printable(depth)));
  }

  /** `let name: ty = init;` in the current scope. */
  letDecl(ty, init, { mut = true, base = 'v', annotate = true, extra = {} } = {}) {
    const name = this.id(base);
    const s = stmt(mut ? 'let ' : 'const ', name, annotate ? `: ${ty}` : '', ' = ', init, ';');
    this.declare(name, ty, mut, extra);
    return { name, stmt: s };
  }

  /** A simple statement (assignment, update, print, declaration) in the current scope. */
  simpleStatement(depth = 2) {
    const r = this.rng;
    const mutNum = this.mutableOf(NUM);
    const mutStr = this.mutableOf(STR);
    const mutBool = this.mutableOf(BOOL);
    return r.weighted([
      [3, () => this.letDecl(NUM, this.num(depth)).stmt],
      [1, () => this.letDecl(STR, this.str(depth)).stmt],
      [1, () => this.letDecl(BOOL, this.bool(depth)).stmt],
      [mutNum.length ? 4 : 0, () => {
        const v = r.pick(mutNum).name;
        return r.weighted([
          [3, () => stmt(v, ` ${r.pick(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '>>>=', '&=', '|=', '^='])} `, this.num(depth), ';')],
          [1, () => stmt(r.pick([`${v}++`, `${v}--`, `++${v}`, `--${v}`]), ';')],
        ])();
      }],
      // inside loops, a string never grows by itself (it would double on every iteration)
      [mutStr.length ? 1 : 0, () => (this.loops.length || this.fn.kind !== 'main'
        ? stmt(r.pick(mutStr).name, r.pick([' = ', ' += ']), r.chance(0.5) ? this.strLit() : this.formatNumber(0), ';')
        : r.chance(0.5) ? stmt(r.pick(mutStr).name, ' = ', this.str(depth), ';')
          : stmt(r.pick(mutStr).name, ' += ', r.chance(0.7) ? this.str(depth) : this.num(depth), ';'))],
      [mutBool.length ? 1 : 0, () => stmt(r.pick(mutBool).name, r.pick([' = ', ' &&= ', ' ||= ']), this.bool(depth), ';')],
      [this.canPrint() ? 4 : 0, () => this.printRandom()],
    ])();
  }

  /** A few simple statements, possibly under an if. */
  statements(n = this.rng.int(1, 4), depth = 2) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.rng.chance(0.15) ? this.ifStatement(depth) : this.simpleStatement(depth));
    return out;
  }

  ifStatement(depth = 2) {
    const cond = this.bool(depth);
    const thenB = block(this.withScope(() => this.statements(this.rng.int(1, 2), depth - 1)));
    if (this.rng.chance(0.5)) {
      const elseB = block(this.withScope(() => this.statements(this.rng.int(1, 2), depth - 1)));
      return { t: 'seq', c: ['if (', cond, ') ', thenB, ' else ', elseB], u: [thenB, elseB] };
    }
    return { t: 'seq', c: ['if (', cond, ') ', thenB], u: [thenB] };
  }
}

/**
 * A comparator that is consistent for every number, NaN included (p - q is not: with NaN the order
 * is implementation-defined, and V8's differs from any other sort). Ascending or descending, by
 * the value or by a key of it; ties keep their order (sorts are stable).
 */
export function comparator(rng, { keys = ['p'] } = {}) {
  const key = rng.pick(keys);
  const [a, b] = rng.chance(0.5) ? ['p', 'q'] : ['q', 'p'];
  const ka = key.replaceAll('p', a === 'p' ? 'p' : 'q');
  const kb = key.replaceAll('p', b === 'p' ? 'p' : 'q');
  return `(p, q) => ((${ka}) !== (${ka}) ? 1 : 0) - ((${kb}) !== (${kb}) ? 1 : 0) || ((${ka}) < (${kb}) ? -1 : (${ka}) > (${kb}) ? 1 : 0)`;
}

/** Number literal text for fixed (non-shrinkable) positions. */
export function numberTextFixed(v) {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  if (v < 0) return `(${v})`;
  return String(v);
}
