// Plain arrays: grown (push, unshift, a store past the end, concat, spread)
// and shrunk (pop, shift, length = n, splice), searched, sorted, copied, and
// read past either end (undefined).

import { args, block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, NUM, STR, comparator } from './core.js';

export default {
  name: 'arrays',
  weight: 10,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const push = (...s) => out.push(...s);
    const a = ctx.id('a');
    const init = r.int(0, 7);
    if (r.chance(0.2)) {
      push(stmt(`const ${a}: number[] = new Array(`, ctx.smallInt(0, 6), ').fill(', ctx.numLit(), ');'));
    } else {
      push(stmt(`const ${a}: number[] = [`, args(Array.from({ length: init }, () => ctx.num(1))), '];'));
    }
    ctx.declare(a, 'number[]', false);
    const s = ctx.id('sa');
    push(stmt(`const ${s}: string[] = [`, args(Array.from({ length: r.int(0, 5) }, () => ctx.str(1))), '];'));
    ctx.declare(s, 'string[]', false);
    const show = (name = a) => ex(STR, `${name}.join(${r.pick(['","', '" "', '"|"', ''])})`);

    const n = r.int(3, 8);
    for (let k = 0; k < n && ctx.canPrint(); k++) {
      r.weighted([
        [3, () => push(stmt(`${a}.push(`, args(Array.from({ length: r.int(1, 3) }, () => ctx.num(1)), 1), ');'), ctx.print([show(), ex(NUM, `${a}.length`)]))],
        [2, () => {
          const count = r.int(5, r.chance(0.1) ? 3000 : 300);
          const i = ctx.id('i');
          push(compound([], `for (let ${i} = 0; ${i} < ${count}; ${i}++) `, block([stmt(`${a}.push(${i} * `, ctx.smallInt(1, 9), ');')])));
          push(ctx.print([ex(NUM, `${a}.length`), ex(NUM, `${a}[${a}.length - 1]`), ex(NUM, `${a}.reduce((p, c) => (p + c) % 1000007, 0)`)]));
        }],
        [2, () => push(ctx.print([ex(NUM, `${a}.pop() ?? -1`), ex(NUM, `${a}.shift() ?? -1`), ex(NUM, `${a}.length`)]))],
        // (no holes: the SDK's arrays have none, docs/language.md; a store at the end and a shorter length)
        [2, () => push(stmt(`${a}[${a}.length] = `, ctx.num(1), ';'), ctx.print([show(), ex(NUM, `${a}.length`), ex('number', `${a}[${a}.length - 2]`)]))],
        [2, () => push(stmt(`${a}.length = Math.min(${a}.length, `, ctx.smallInt(0, 5), ');'), ctx.print([show(), ex(NUM, `${a}.length`)]))],
        [2, () => {
          const removed = ctx.id('rm');
          push(stmt(`const ${removed} = ${a}.splice(`, ctx.smallInt(-3, 4), r.chance(0.8) ? ex(NUM, ', ', ctx.smallInt(0, 3)) : '',
            r.chance(0.5) ? ex(NUM, ', ', ctx.num(1)) : '', ');'));
          push(ctx.print([show(removed), show(), ex(NUM, `${a}.length`)]));
        }],
        [1, () => push(stmt(`${a}.unshift(`, ctx.num(1), ');'), ctx.print([show()]))],
        [2, () => push(ctx.print([ex(NUM, `${a}[`, ctx.index(a), ']'), ex(NUM, `${a}[`, ctx.off('odd-index') ? ctx.smallInt(0, 3) : lit(NUM, -1), ']'), ex(NUM, `${a}.indexOf(`, ctx.num(0), ')'),
          ex(BOOL, `${a}.includes(`, ctx.num(0), ')')]))],
        [2, () => push(ctx.print([show(`${a}.slice(${r.int(-3, 3)}${r.chance(0.5) ? `, ${r.int(-2, 5)}` : ''})`),
          ex(STR, `${a}.concat([`, ctx.num(0), `], ${a}).join(",")`)]))],
        [2, () => push(stmt(`${a}.sort(${r.chance(0.3) ? '' : comparator(r)});`), ctx.print([show()]))],
        [1, () => push(stmt(`${s}.sort();`), ctx.print([show(s)]))],
        [1, () => push(stmt(`${s}.push(`, ctx.str(1), ');'), ctx.print([show(s), ex(NUM, `${s}.length`), ex(STR, `${s}.indexOf("a") + ":" + ${s}.lastIndexOf("b")`)]))],
        [1, () => push(stmt(`${a}.reverse();`), ctx.print([show(), ex(STR, `[...${a}, ...${a}].join("")`)]))],
        [1, () => push(ctx.print([ex(NUM, `Math.max(...${a})`), ex(NUM, `Math.min(...${a}, `, ctx.numLit(), ')')]))],
        [1, () => {
          const b = ctx.id('b');
          push(stmt(`const ${b}: number[] = [...${a}];`), stmt(`${b}[0] = `, ctx.num(1), ';'), ctx.print([show(), show(b)]));
        }],
        [1, () => push(stmt(`${a}.fill(`, ctx.numLit(), ', ', ctx.smallInt(-2, 3), ');'), ctx.print([show()]))],
        [1, () => {
          const t = ctx.id('x');
          const body = block(ctx.withScope(() => {
            ctx.declare(t, NUM, false);
            return [ctx.print([ex(NUM, t), ex(BOOL, `${t} > `, ctx.num(0))])];
          }));
          if (ctx.canPrint(6)) push(compound([body], `for (const ${t} of ${a}.slice(0, 5)) `, body));
        }],
        [1, () => push(ctx.print([ex(STR, `${a}.toString()`), ex(STR, 'String(', `${a}`, ')'), ex(STR, '`${' + a + '}`')]))],
        [1, () => {
          // pairs destructured in for-of
          const pairs = ctx.id('pairs');
          const acc = ctx.id('acc');
          push(stmt(`const ${pairs}: [string, number][] = [`, args(Array.from({ length: r.int(0, 4) }, () => ex('[string, number]', '[', ctx.strLit(), ', ', ctx.num(1), ']'))), '];'));
          push(stmt(`let ${acc}: string = "";`), stmt(`for (const [name, value] of ${pairs}) ${acc} += name + "=" + value + ",";`), ctx.print([ex(STR, acc)]));
        }],
        [1, () => push(ctx.print([ex(BOOL, `${a}.includes(NaN)`), ex(NUM, `${a}.indexOf(NaN)`), ex(BOOL, `Array.isArray(${a})`), ex(STR, `Array.of(`, ctx.num(0), ', ', ctx.num(0), ').join("/")')]))],
      ])();
    }
    return out;
  },
};
