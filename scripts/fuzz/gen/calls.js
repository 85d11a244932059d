// Functions and calls: top-level functions (default and rest parameters,
// bounded recursion), spread into calls and array literals, destructuring
// (arrays, objects, defaults, rest, swaps), chained method calls on receivers
// with side effects (each receiver must be evaluated once), argument
// evaluation order.

import { args, block, ex, lit, stmt } from '../tree.js';
import { NUM, STR } from './core.js';

/** A top-level function of numbers (registered for later calls). */
export function numberFunction(ctx) {
  const r = ctx.rng;
  const name = ctx.gid('f');
  const nParams = r.int(0, 3);
  const params = Array.from({ length: nParams }, (_, i) => ({ name: `p${i}`, ty: r.chance(0.8) ? NUM : STR }));
  const ret = r.chance(0.75) ? NUM : STR;
  const withDefault = nParams > 0 && r.chance(0.3);
  const body = ctx.inFunction({ kind: 'fn', ret, noMethods: true, name }, () => {
    for (const p of params) ctx.declare(p.name, p.ty, true);
    const b = ctx.statements(r.int(0, 3), 2);
    b.push(stmt('return ', ctx.expr(ret, 2), ';'));
    return b;
  });
  const sig = params.map((p, i) => (withDefault && i === nParams - 1 ? `${p.name}: ${p.ty} = ${p.ty === NUM ? r.int(-5, 5) : '"d"'}` : `${p.name}: ${p.ty}`));
  ctx.decls.push(stmt(`function ${name}(${sig.join(', ')}): ${ret} `, block(body)));
  const f = { name, params: params.map((p) => p.ty), ret };
  ctx.funcs.push(f);
  return { ...f, withDefault };
}

function recursiveFunction(ctx) {
  const r = ctx.rng;
  const name = ctx.gid('rec');
  const step = ctx.inFunction({ kind: 'fn', ret: NUM, noMethods: true, name }, () => {
    ctx.declare('acc', NUM, true);
    ctx.declare('n', NUM, false);
    return ctx.num(2);
  });
  const twice = r.chance(0.3);
  // the guard and the decrement are fixed text: recursion always ends
  ctx.decls.push(stmt(`function ${name}(n: number, acc: number): number `, block([
    stmt('if (n <= 0) return acc;'),
    twice ? stmt(`return ${name}(n - 1, `, step, `) + ${name}(n - 2, acc);`) : stmt(`return ${name}(n - 1, `, step, ');'),
  ])));
  return { name, max: twice ? 12 : 40 };
}

export default {
  name: 'calls',
  weight: 10,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const push = (...s) => out.push(...s);
    const n = r.int(2, 5);
    for (let k = 0; k < n && ctx.canPrint(); k++) {
      r.weighted([
        [4, () => {
          const f = numberFunction(ctx);
          const calls = Array.from({ length: r.int(1, 2) }, () => {
            const a = f.params.map((p) => ctx.expr(p, 1));
            if (f.withDefault && r.chance(0.5)) a.pop();
            return ex(f.ret, `${f.name}(`, args(a, a.length), ')');
          });
          push(ctx.print(calls));
        }],
        [2, () => {
          const f = recursiveFunction(ctx);
          push(ctx.print([ex(NUM, `${f.name}(`, lit(NUM, r.int(0, f.max)), ', ', ctx.num(1), ')')]));
        }],
        [2, () => {
          // rest parameters and spread arguments
          const name = ctx.gid('sum');
          ctx.decls.push(stmt(`function ${name}(first: number, ...rest: number[]): number `, block([
            stmt('let t = first;'), stmt(`for (const x of rest) t = ${r.pick(['t + x', 't * 2 - x', '(t ^ x) + rest.length', 'Math.max(t, x)'])};`),
            stmt('return t;')])));
          const arr = ctx.id('sp');
          push(stmt(`const ${arr}: number[] = [`, args(Array.from({ length: r.int(0, 5) }, () => ctx.num(1))), '];'));
          push(ctx.print([ex(NUM, `${name}(`, ctx.num(1), `, ...${arr})`), ex(NUM, `${name}(`, ctx.num(0), `, ...${arr}, `, ctx.num(0), `, ...${arr})`),
            ex(NUM, `${name}(`, ctx.num(0), ')')]));
        }],
        [2, () => {
          // array destructuring with defaults, holes and rest; swaps
          const src = ctx.id('src');
          const a = ctx.id('d');
          const b = ctx.id('d');
          const c = ctx.id('d');
          push(stmt(`const ${src}: number[] = [`, args(Array.from({ length: r.int(0, 5) }, () => ctx.num(1))), '];'));
          push(stmt(`const [${a}, , ${b} = `, ctx.numLit(), `, ...${c}] = ${src};`));
          ctx.declare(a, NUM, false);
          ctx.declare(b, NUM, false);
          push(ctx.print([ex(NUM, a), ex(NUM, b), ex(STR, `${c}.join(",")`), ex(NUM, `${c}.length`)]));
          const x = ctx.id('x');
          const y = ctx.id('y');
          push(stmt(`let ${x}: number = `, ctx.num(1), `, ${y}: number = `, ctx.num(1), ';'), stmt(`[${x}, ${y}] = [${y}, ${x}];`));
          ctx.declare(x, NUM, true);
          ctx.declare(y, NUM, true);
          push(ctx.print([ex(NUM, x), ex(NUM, y)]));
        }],
        [2, () => {
          // object literal, destructuring with renames and defaults, shorthand
          const o = ctx.id('obj');
          const iface = ctx.gid('Rec');
          ctx.decls.push(stmt(`interface ${iface} { a: number; b: string; c?: number; }`));
          push(stmt(`const ${o}: ${iface} = { a: `, ctx.num(1), ', b: ', ctx.str(1), r.chance(0.5) ? ex(NUM, ', c: ', ctx.num(1)) : '', ' };'));
          const x = ctx.id('x');
          const y = ctx.id('y');
          const z = ctx.id('z');
          push(stmt(`const { a: ${x}, b: ${y}, c: ${z} = `, ctx.numLit(), ` } = ${o};`));
          ctx.declare(x, NUM, false);
          ctx.declare(y, STR, false);
          ctx.declare(z, NUM, false);
          push(stmt(`${o}.a `, r.pick(['+=', '=', '*=']), ' ', ctx.num(1), ';'));
          push(ctx.print([ex(NUM, x), ex(STR, y), ex(NUM, z), ex(NUM, `${o}.a`), ex('number | undefined', `${o}.c`)]));
          if (r.chance(0.4)) push(ctx.print([ex(STR, `Object.keys(${o}).join(",")`), ex(STR, `JSON.stringify(${o})`)]));
          if (r.chance(0.3)) {
            const key = ctx.id('key');
            const acc = ctx.id('ks');
            push(stmt(`let ${acc}: string = ""; for (const ${key} in ${o}) ${acc} += ${key} + ";";`), ctx.print([ex(STR, acc)]));
          }
          if (r.chance(0.3)) {
            // optional chaining and ?? on a value that may be missing
            const maybe = ctx.id('maybe');
            push(stmt(`const ${maybe}: ${iface} | null = `, ctx.bool(1), ` ? ${o} : null;`));
            push(ctx.print([ex('number | undefined', `${maybe}?.a`), ex(STR, `${maybe}?.b ?? "none"`), ex(NUM, `${maybe}?.c ?? -1`)]));
          }
        }],
        [2, () => {
          // a chained builder whose receiver has a side effect: evaluated once
          const cls = ctx.gid('Chain');
          const count = ctx.gid('made');
          ctx.decls.push(stmt(`let ${count}: number = 0;`));
          const meth = r.pick(['add', 'push', 'set', 'append', 'with2']);
          ctx.decls.push(stmt(`class ${cls} `, block([
            stmt('log: string = "";'),
            stmt(`${meth}(v: number): ${cls} `, block([stmt('this.log += "[" + v + "]";'), stmt('return this;')])),
            stmt(`get size(): number `, block([stmt('return this.log.length;')]))])));
          const make = ctx.gid('make');
          ctx.decls.push(stmt(`function ${make}(): ${cls} `, block([stmt(`${count}++;`), ctx.print([lit(STR, 'make'), ex(NUM, count)]), stmt(`return new ${cls}();`)])));
          const chain = Array.from({ length: r.int(1, 4) }, () => `.${meth}(${r.int(-3, 30)})`).join('');
          push(ctx.print([ex(STR, `${make}()${chain}.log`), ex(NUM, count)]));
          push(ctx.print([ex(NUM, `${make}()${chain}.size`), ex(NUM, count)]));
        }],
        [1, () => {
          // evaluation order of arguments with side effects
          const t = ctx.id('t');
          const f = ctx.gid('tick');
          const st = ctx.gid('state');
          ctx.decls.push(stmt(`let ${st}: number = 1;`));
          ctx.decls.push(stmt(`function ${f}(k: number): number `, block([stmt(`${st} = ${st} * 10 + k;`), stmt(`return ${st};`)])));
          push(stmt(`const ${t}: number = ${f}(1) - ${f}(2) * ${f}(3);`), ctx.print([ex(NUM, t), ex(NUM, st), ex(NUM, `Math.max(${f}(4), ${f}(5))`)]));
        }],
      ])();
    }
    return out;
  },
};
