// Closures as far as docs/language.md allows: arrow callbacks given to array,
// typed array, Map and Set methods (using and updating locals of the function
// they are written in), local helper functions that are only called, and
// module-level functions reading and writing module-level variables.

import { args, block, ex, lit, stmt } from '../tree.js';
import { BOOL, NUM, STR, comparator } from './core.js';

export default {
  name: 'closures',
  weight: 9,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const push = (...s) => out.push(...s);
    const xs = ctx.id('xs');
    push(stmt(`const ${xs}: number[] = [`, args(Array.from({ length: r.int(1, 7) }, () => ctx.num(1)), 0), '];'));
    ctx.declare(xs, 'number[]', false);
    const k = ctx.letDecl(NUM, ctx.num(1), { base: 'k' });
    push(k.stmt);
    /** An arrow body over its parameter `x` (and anything visible: locals are captured). */
    const arrowBody = (ret, param = 'x') => ctx.inCallback({ kind: 'arrow', ret, noMethods: true }, () => {
      ctx.declare(param, NUM, false);
      return ctx.expr(ret, 2);
    });
    const n = r.int(2, 5);
    for (let j = 0; j < n && ctx.canPrint(); j++) {
      r.weighted([
        [3, () => push(ctx.print([ex(STR, `${xs}.map((x) => `, arrowBody(NUM), ').join(",")'),
          ex(NUM, `${xs}.filter((x) => `, arrowBody(BOOL), ').length')]))],
        [2, () => push(ctx.print([ex(NUM, `${xs}.reduce((acc, x) => `, ctx.inCallback({ kind: 'arrow', ret: NUM, noMethods: true }, () => {
          ctx.declare('acc', NUM, false);
          ctx.declare('x', NUM, false);
          return ctx.num(2);
        }), ', ', ctx.num(0), ')')]))],
        [2, () => {
          // forEach updating a captured local
          const total = ctx.id('total');
          push(stmt(`let ${total}: number = 0;`));
          ctx.declare(total, NUM, true);
          push(stmt(`${xs}.forEach((x, i) => { ${total} = ${total} + `, arrowBody(NUM), ` * (i + 1); });`));
          push(ctx.print([ex(NUM, total)]));
        }],
        [2, () => push(ctx.print([ex(NUM, `${xs}.findIndex((x) => `, arrowBody(BOOL), ')'), ex('number | undefined', `${xs}.find((x) => `, arrowBody(BOOL), ')'),
          ex(BOOL, `${xs}.some((x) => `, arrowBody(BOOL), ')'), ex(BOOL, `${xs}.every((x) => `, arrowBody(BOOL), ')')]))],
        [2, () => {
          const sorted = ctx.id('sorted');
          push(stmt(`const ${sorted}: number[] = ${xs}.slice().sort(${comparator(r, { keys: ['p', `p % ${k.name}`, 'Math.abs(p)', '-p'] })});`));
          push(ctx.print([ex(STR, `${sorted}.join(" ")`)]));
        }],
        [2, () => {
          // a local helper function (only called) using a local of its enclosing function
          const helper = ctx.id('helper');
          const body = ctx.inCallback({ kind: 'fn', ret: NUM, noMethods: true }, () => {
            ctx.declare('v', NUM, true);
            return [stmt('return ', ctx.num(2), ';')];
          });
          push(stmt(`function ${helper}(v: number): number `, block(body)));
          push(ctx.print([ex(NUM, `${helper}(`, ctx.num(1), ')'), ex(NUM, `${helper}(${helper}(`, ctx.smallInt(0, 5), '))')]));
        }],
        [2, () => {
          const helper = ctx.id('h');
          push(stmt(`const ${helper} = (v: number): number => `, ctx.inCallback({ kind: 'arrow', ret: NUM, noMethods: true }, () => {
            ctx.declare('v', NUM, false);
            return ctx.num(2);
          }), ';'));
          push(ctx.print([ex(NUM, `${helper}(`, ctx.num(1), ')'), ex(STR, `${xs}.map(${helper}).join(";")`)]));
        }],
        [2, () => {
          // module-level state through module-level functions
          const st = ctx.gid('count');
          const bump = ctx.gid('bump');
          ctx.decls.push(stmt(`let ${st}: number = `, ctx.smallInt(0, 9), ';'));
          ctx.decls.push(stmt(`function ${bump}(by: number): number `, block([stmt(`${st} += by;`), stmt(`return ${st};`)])));
          ctx.declareGlobal(st, NUM, true);
          push(stmt(`${xs}.forEach((x) => { ${bump}(x); });`));
          push(ctx.print([ex(NUM, st), ex(NUM, `${bump}(`, ctx.num(1), ')')]));
        }],
        [1, () => {
          const m = ctx.id('mp');
          push(stmt(`const ${m} = new Map<string, number>([["a", 1], ["b", `, ctx.num(1), ']]);'));
          const acc = ctx.id('acc');
          push(stmt(`let ${acc}: string = "";`));
          push(stmt(`${m}.forEach((v, key) => { ${acc} += key + (v * ${k.name}) + ";"; });`));
          push(ctx.print([ex(STR, acc)]));
        }],
        // captures of the other kinds of locals: a catch binding, a for-of variable, a destructured name,
        // a constructor's parameter, `this` of a method (docs/language.md, closures: all run during the call)
        [ctx.off('captures') ? 0 : 1, () => {
          const acc = ctx.id('acc');
          push(stmt(`let ${acc}: number = 0;`));
          push(stmt('try { throw new RangeError(', ctx.strLit(), '); } catch (err) ', block([
            stmt(`${xs}.forEach((x) => { if (err instanceof Error) ${acc} += err.message.length + x; });`)])));
          push(ctx.print([ex(NUM, acc)]));
        }],
        [ctx.off('captures') ? 0 : 1, () => {
          const acc = ctx.id('acc');
          const v = ctx.id('v');
          push(stmt(`let ${acc}: number = 0;`));
          push(stmt(`for (const ${v} of [`, ctx.smallInt(1, 4), ', ', ctx.smallInt(-3, 3), ']) ', block([
            stmt(`${acc} += ${xs}.map((x) => x * ${v}).reduce((p, q) => p + q, 0);`)])));
          push(ctx.print([ex(NUM, acc)]));
        }],
        [ctx.off('captures') ? 0 : 1, () => {
          const d0 = ctx.id('d');
          const d1 = ctx.id('d');
          push(stmt(`const [${d0}, ${d1} = `, ctx.smallInt(0, 9), `] = ${xs};`));
          push(ctx.print([ex(STR, `${xs}.map((x) => x + ${d0} * ${d1}).join(",")`)]));
        }],
        [ctx.off('captures') ? 0 : 1, () => {
          const cls = ctx.gid('Scaled');
          ctx.decls.push(stmt(`class ${cls} `, block([
            stmt('vals: number[] = [];'),
            stmt('sum: number = 0;'),
            stmt('constructor(k: number, xs: number[]) ', block([stmt('this.vals = xs.map((x) => x * k);')])),
            stmt('addAll(ys: number[]): number ', block([stmt('ys.forEach((y) => { this.sum += y; });'), stmt('return this.sum;')])),
          ])));
          const o = ctx.id('sc');
          push(stmt(`const ${o} = new ${cls}(`, ctx.num(1), `, ${xs});`));
          push(ctx.print([ex(STR, `${o}.vals.join(",")`), ex(NUM, `${o}.addAll(${xs})`), ex(NUM, `${o}.addAll([1, 2])`)]));
        }],
        [1, () => push(ctx.print([ex(STR, `Array.from({ length: `, ctx.smallInt(0, 6), ` }, (_, i) => i * ${k.name}).join(",")`),
          ex(STR, `${xs}.flatMap((x) => [x, x * ${k.name}]).join(",")`)]))],
      ])();
    }
    return out;
  },
};
