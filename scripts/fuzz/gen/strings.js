// Strings: template literals, concatenation, the String methods the docs list
// and number formatting (String(x), toString(radix), toFixed, toPrecision,
// toExponential, padStart) over edge values.

import { block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, EDGE_NUMBERS, NUM, STR } from './core.js';

const FORMAT_INPUTS = [...EDGE_NUMBERS, 0.000123, 123.456e10, 1.45, 2.675, 8.345, 1e-6, 1e-7, 99.995, 0.05, 5e-7,
  1234.5678, 0.1 * 3, 25, 1 / 7, -1 / 7, 2 ** 70, 255.5];

// Separators for building long strings and splitting them again, one-byte and wide.
const SEPARATORS = ['', ',', ', ', 'ab', '→', ' | ', '0', 'hello', '--'];
// Keys of object literals that for...in and Object.keys must give back as strings.
const KEYS = ['a', 'b2', 'é', '→x', 'µs', 'ω', 'key with space', '10', '2'];

export default {
  name: 'strings',
  weight: 10,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const s = ctx.letDecl(STR, ctx.str(1));
    out.push(s.stmt);
    const n = r.int(2, 6);
    for (let i = 0; i < n && ctx.canPrint(); i++) {
      out.push(r.weighted([
        [3, () => ctx.print([ctx.str(3)])],
        [3, () => {
          const v = lit(NUM, r.pick(FORMAT_INPUTS));
          const m = r.pick([['toFixed', 0, 20], ['toPrecision', 1, 21], ['toExponential', 0, 20], ['toString', 2, 36]]);
          return ctx.print([ex(STR, '(', v, `).${m[0]}(`, ctx.smallInt(m[1], m[2]), ')'), ex(STR, 'String(', v, ')'), ex(STR, '`${', v, '}`')]);
        }],
        // format a list of numbers in a loop
        [2, () => {
          if (!ctx.canPrint(3)) return ctx.print([ctx.str(2)]);
          const arr = ctx.id('ns');
          const vals = r.sample(FORMAT_INPUTS, r.int(2, 3)).map((v) => lit(NUM, v));
          const k = ctx.id('k');
          const m = r.pick(['toFixed', 'toPrecision', 'toExponential', 'toString']);
          const digits = { toFixed: [0, 12], toPrecision: [1, 17], toExponential: [0, 12], toString: [2, 36] }[m];
          const arg = r.int(digits[0], digits[1]);
          ctx.prints += vals.length;
          const body = block([stmt('console.log(', lit(STR, ctx.label()), ', ', k, `.${m}(${arg}), String(${k}).padStart(`, ctx.smallInt(0, 14), ', ', lit(STR, r.pick(['.', '0', '*', 'ab'])), '));')]);
          return compound([], `const ${arr}: number[] = [`, { t: 'args', items: vals, min: 1 }, `]; for (const ${k} of ${arr}) `, body);
        }],
        [2, () => {
          const t = ctx.id('t');
          const init = ctx.str(0);
          ctx.declare(t, STR, true);
          const loop = ctx.id('i');
          const count = r.int(1, 12);
          return stmt(`let ${t}: string = `, init, `; for (let ${loop} = 0; ${loop} < ${count}; ${loop}++) { ${t} += `,
            r.pick([`String.fromCharCode(65 + ${loop})`, `${loop}`, `(${loop} % 3 === 0 ? "-" : "+")`, `${s.name}.charAt(${loop})`]), '; } ',
            ctx.print([ex(STR, t), ex(NUM, `${t}.length`)]));
        }],
        [2, () => ctx.print([ex(STR, `${s.name}.${r.pick(['toUpperCase', 'toLowerCase'])}()`), ex(NUM, `${s.name}.length`),
          ex(NUM, `${s.name}.indexOf(`, ctx.strLit(), ')'), ex(STR, `${s.name}.split(`, ctx.strLit(), ').join("|")')])],
        [1, () => ctx.print([ex(NUM, `(${s.name}.codePointAt(`, ctx.smallInt(0, 3), ') ?? -1)'), ex(NUM, `${s.name}.charCodeAt(`, ctx.smallInt(0, 3), ')')])],
        // (the left side as string: TypeScript refuses === between two different literal types, TS2367)
        [2, () => ctx.print([ex('boolean', '((', ctx.str(1), ` as string) ${r.pick(['<', '>', '<=', '>=', '===', '!=='])} `, ctx.str(1), ')'), ctx.str(2)])],
        [1, () => stmt(s.name, ' += ', ctx.printable(1), '; ', ctx.print([ex(STR, s.name)]))],
        // strings iterate by code point
        [1, () => {
          const acc = ctx.id('cps');
          const ch = ctx.id('ch');
          const src = ctx.str(1);
          return stmt(`let ${acc}: string = ""; for (const ${ch} of `, src, `) { ${acc} += ${ch}.length + ":" + (${ch}.codePointAt(0) ?? -1) + " "; } `,
            ctx.print([ex(STR, acc), ex(NUM, `[...${s.name}].length`), ex(STR, `${s.name}.split("").reverse().join("")`)]));
        }],
        // long strings made by join and cut again by split, past the first 2 KiB block
        [2, () => {
          const parts = ctx.id('parts');
          const joined = ctx.id('joined');
          const back = ctx.id('back');
          const i = ctx.id('i');
          const n = r.pick([0, 1, 3, 40, 150, 300, 420]);
          const mul = r.pick([1, 7, 37, 1001]);
          const tail = r.pick(['', 'x', 'é', '→', 'ab']);
          const sep = r.pick(SEPARATORS);
          const cut = r.chance(0.6) ? sep : r.pick(SEPARATORS);
          const limit = r.chance(0.2) ? `, ${r.int(0, 5)}` : '';
          return stmt(`const ${parts}: string[] = []; for (let ${i} = 0; ${i} < ${n}; ${i}++) ${parts}.push(String(${i} * ${mul}) + ${JSON.stringify(tail)}); `,
            `const ${joined}: string = ${parts}.join(${JSON.stringify(sep)}); const ${back}: string[] = ${joined}.split(${JSON.stringify(cut)}${limit}); `,
            ctx.print([ex(NUM, `${joined}.length`), ex(NUM, `${back}.length`), ex(STR, `${joined}.slice(2040, 2070)`),
              ex(STR, `${back}.slice(-3).join("|")`), ex(BOOL, `(${back}.join(${JSON.stringify(cut)}) === ${joined})`)]));
        }],
        // object keys outside ASCII, in for...in and Object.keys
        [1, () => {
          const o = ctx.id('o');
          const k = ctx.id('k');
          const acc = ctx.id('acc');
          const keys = r.sample(KEYS, r.int(1, 5));
          const props = keys.map((key, j) => `${JSON.stringify(key)}: ${j * 3 + 1}`).join(', ');
          return stmt(`const ${o}: Record<string, number> = { ${props} }; let ${acc}: string = ""; for (const ${k} in ${o}) ${acc} += ${k} + "=" + ${o}[${k}] + ";"; `,
            ctx.print([ex(STR, acc), ex(STR, `Object.keys(${o}).join("/")`), ex(BOOL, `(${JSON.stringify(r.pick(KEYS))} in ${o})`)]));
        }],
        [1, () => ctx.print([ex(STR, `typeof ${s.name}`), ex(STR, 'typeof (', ctx.num(0), ')'), ex(STR, 'typeof (', ctx.bool(0), ')')])],
      ])());
    }
    return out;
  },
};
