// Map and Set: insertion order, re-insertion, delete, has, size, clear,
// iteration (for-of, forEach, keys(), values()), SameValueZero keys (NaN, -0).

import { block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, NUM, STR, comparator } from './core.js';

const NUM_KEYS = [0, -0, 1, 2, 3, 10, -1, 0.5, NaN, Infinity, 2 ** 32, 1e21];
const STR_KEYS = ['a', 'b', 'c', 'key', 'x1', '', 'é', '10', '2', 'NaN', '-0', 'constructor', 'size', 'length', '__proto__'];

export default {
  name: 'collections',
  weight: 9,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const push = (...s) => out.push(...s);
    const m = ctx.id('m');
    const ms = ctx.id('mn');
    const st = ctx.id('st');
    const ss = ctx.id('ss');
    push(stmt(`const ${m} = new Map<string, number>();`));
    ctx.declare(m, 'Map<string, number>', false);
    const useNumMap = r.chance(0.5);
    if (useNumMap) {
      push(stmt(`const ${ms} = new Map<number, string>();`));
      ctx.declare(ms, 'Map<number, string>', false);
    }
    push(stmt(`const ${st} = new Set<number>(`, r.chance(0.5) ? ex('number[]', '[', { t: 'args', items: r.sample(NUM_KEYS, r.int(0, 4)).map((k) => lit(NUM, k)), min: 0 }, ']') : '', ');'));
    ctx.declare(st, 'Set<number>', false);
    const useStrSet = r.chance(0.5);
    if (useStrSet) {
      push(stmt(`const ${ss} = new Set<string>();`));
      ctx.declare(ss, 'Set<string>', false);
    }
    const skey = () => (r.chance(0.8) ? lit(STR, r.pick(STR_KEYS)) : ctx.str(1));
    const nkey = () => (r.chance(0.8) ? lit(NUM, r.pick(NUM_KEYS)) : ctx.num(1));
    const dumpMap = () => {
      const k = ctx.id('k');
      const v = ctx.id('v');
      return r.weighted([
        [2, () => {
          const acc = ctx.id('s');
          return [stmt(`let ${acc}: string = "";`),
            compound([], `for (const [${k}, ${v}] of ${m}) `, block([stmt(`${acc} += ${k} + "=" + ${v} + ";";`)])),
            ctx.print([ex(STR, acc), ex(NUM, `${m}.size`)])];
        }],
        [1, () => {
          const acc = ctx.id('s');
          return [stmt(`let ${acc}: string = "";`),
            stmt(`${m}.forEach((${v}, ${k}) => { ${acc} += ${k} + ":" + ${v} + ","; });`), ctx.print([ex(STR, acc)])];
        }],
        [1, () => [ctx.print([ex(STR, `[...${m}.keys()].join(",")`), ex(STR, `[...${m}.values()].join(",")`)])]],
      ])();
    };
    const dumpSet = () => r.weighted([
      [2, () => [ctx.print([ex(STR, `[...${st}].join(",")`), ex(NUM, `${st}.size`)])]],
      [1, () => {
        const acc = ctx.id('s');
        const x = ctx.id('x');
        return [stmt(`let ${acc}: number = 0;`), compound([], `for (const ${x} of ${st}) `, block([stmt(`${acc} = ${acc} * 3 + ${x};`)])), ctx.print([ex(NUM, acc)])];
      }],
      [1, () => {
        const acc = ctx.id('s');
        return [stmt(`let ${acc}: string = "";`), stmt(`${st}.forEach((x) => { ${acc} += String(x) + " "; });`), ctx.print([ex(STR, acc)])];
      }],
    ])();

    const n = r.int(3, 8);
    for (let k = 0; k < n && ctx.canPrint(); k++) {
      r.weighted([
        [4, () => {
          for (let j = 0; j < r.int(1, 4); j++) push(stmt(`${m}.set(`, skey(), ', ', ctx.num(1), ');'));
          push(...dumpMap());
        }],
        [2, () => push(stmt(`${m}.set(`, skey(), ', ', ctx.num(1), ').set(', skey(), ', ', ctx.num(1), ');'),
          ctx.print([ex(NUM, `${m}.get(`, skey(), ') ?? -1'), ex('number | undefined', `${m}.get(`, skey(), ')')]))],
        [2, () => push(ctx.print([ex(BOOL, `${m}.delete(`, skey(), ')'), ex(BOOL, `${m}.has(`, skey(), ')'), ex(NUM, `${m}.size`)]), ...dumpMap())],
        [3, () => {
          for (let j = 0; j < r.int(1, 4); j++) push(stmt(`${st}.add(`, nkey(), ');'));
          push(...dumpSet());
        }],
        [2, () => push(ctx.print([ex(BOOL, `${st}.delete(`, nkey(), ')'), ex(BOOL, `${st}.has(`, nkey(), ')'), ex(NUM, `${st}.size`)]), ...dumpSet())],
        [1, () => push(stmt(`${r.pick([m, st])}.clear();`), ctx.print([ex(NUM, `${m}.size + ${st}.size`)]))],
        [2, () => {
          // counting words in a map (update in place)
          const w = ctx.id('w');
          const words = Array.from({ length: r.int(2, 8) }, () => lit(STR, r.pick(STR_KEYS)));
          push(compound([], `for (const ${w} of [`, { t: 'args', items: words, min: 1 }, ']) ',
            block([stmt(`${m}.set(${w}, (${m}.get(${w}) ?? 0) + 1);`)])));
          push(...dumpMap());
        }],
        [useNumMap ? 2 : 0, () => {
          push(stmt(`${ms}.set(`, nkey(), ', ', ctx.str(1), ');'), stmt(`${ms}.set(`, nkey(), ', ', ctx.str(1), ');'));
          push(ctx.print([ex('string | undefined', `${ms}.get(`, nkey(), ')'), ex(NUM, `${ms}.size`), ex(STR, `[...${ms}.keys()].join(",")`)]));
        }],
        [useStrSet ? 2 : 0, () => {
          push(stmt(`${ss}.add(`, skey(), ').add(', skey(), ');'));
          if (r.chance(0.5)) push(stmt(`${ss}.delete(`, skey(), ');'));
          push(ctx.print([ex(STR, `[...${ss}].join("/")`), ex(BOOL, `${ss}.has(`, skey(), ')')]));
        }],
        [1, () => {
          const arr = ctx.id('arr');
          push(stmt(`const ${arr}: number[] = [...${st}].sort(${comparator(r)});`), ctx.print([ex(STR, `${arr}.join(",")`)]));
        }],
      ])();
    }
    return out;
  },
};
