// Numbers: edge values (±0, ±2^31, 2^32, 2^53, NaN, ±Infinity) mixed with
// floats through every arithmetic, bit and shift operator, comparisons,
// logical operators, ??, ?:, compound assignments and ++/--.

import { args, ex, lit, stmt } from '../tree.js';
import { BOOL, EDGE_NUMBERS, NUM, STR } from './core.js';

// Operands of == between kinds: JavaScript converts strings and booleans to numbers, null equals only undefined.
const LOOSE = ['0', '-0', '1', '255', 'NaN', 'Infinity', '"1"', '""', '" "', '"0x10"', '"1e3"', '" 42 "', '"abc"', 'null',
  'undefined', 'true', 'false'];

const BIN = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>'];
const COMPOUND = ['+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '>>>=', '&=', '|=', '^='];

export default {
  name: 'numbers',
  weight: 10,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    // a few variables at edge values
    const vars = [];
    for (let i = 0; i < r.int(2, 4); i++) {
      const d = ctx.letDecl(NUM, r.chance(0.7) ? lit(NUM, r.pick(EDGE_NUMBERS)) : ctx.num(1));
      vars.push(d.name);
      out.push(d.stmt);
    }
    const steps = r.int(3, 7);
    for (let s = 0; s < steps && ctx.canPrint(); s++) {
      out.push(r.weighted([
        // one operator over every pair of the variables
        [3, () => {
          const op = r.pick(BIN);
          const a = r.pick(vars);
          const b = r.pick(vars);
          return ctx.print([ex(NUM, `(${a} ${op} ${b})`), ex(NUM, `(${b} ${op} `, ctx.numLit(), ')')]);
        }],
        [3, () => ctx.print([ctx.num(3), ctx.num(2)])],
        [2, () => ctx.print([ctx.bool(2), ex(BOOL, `(${r.pick(vars)} ${r.pick(['==', '!=', '===', '!=='])} `, ctx.eqOperand(1), ')')])],
        // == and != between a number and other kinds, through `any`
        [1, () => {
          const a = ctx.id('la');
          const b = ctx.id('lb');
          const pickOperand = () => (r.chance(0.5) ? r.pick(vars) : r.pick(LOOSE));
          return stmt(`const ${a}: any = ${pickOperand()}; const ${b}: any = ${r.pick(LOOSE)}; `,
            ctx.print([ex(BOOL, `(${a} == ${b})`), ex(BOOL, `(${b} != ${a})`), ex(BOOL, `(${a} == ${r.pick(vars)})`)]));
        }],
        // compound assignment, printed
        [3, () => {
          const v = r.pick(vars);
          return stmt(v, ` ${r.pick(COMPOUND)} `, ctx.num(1), '; ', ctx.print([ex(NUM, v)]));
        }],
        [2, () => {
          const v = r.pick(vars);
          return ctx.print([ex(NUM, `${v}${r.pick(['++', '--'])}`), ex(NUM, `${r.pick(['++', '--'])}${v}`), ex(NUM, v)]);
        }],
        // ToInt32 / ToUint32 conversions and unary operators
        [2, () => ctx.print([ex(NUM, '(', ctx.num(2), ' | 0)'), ex(NUM, '(', ctx.num(2), ' >>> 0)'), ex(NUM, '(~', ctx.num(1), ')'),
          ex(NUM, '(-', ctx.num(1), ')')])],
        // logical operators and ?? on possibly undefined numbers
        [2, () => {
          const u = ctx.id('u');
          ctx.declare(u, 'number | undefined', true);
          return stmt(`let ${u}: number | undefined = `, ctx.bool(1), ' ? ', ctx.num(1), ' : undefined; ',
            ctx.print([ex(NUM, `(${u} ?? `, ctx.num(1), ')'), ex('number | undefined', u),
              ex(BOOL, `(${u} === undefined)`)]));
        }],
        [1, () => ctx.print([ex(NUM, '(', ctx.bool(1), ' && ', ctx.bool(1), ' ? ', ctx.num(1), ' : ', ctx.num(1), ')'),
          ex(BOOL, '(', ctx.bool(1), ' || ', ctx.bool(1), ')')])],
        // Node's format placeholders
        [1, () => {
          ctx.prints++;
          const fmt = r.pick(['%d', '%i', '%f', '%s', '%d %s', '%i|%f', '%%d %d', 'n=%d!', '%s:%i']);
          const n = (fmt.match(/%[dfis]/g) ?? []).length;
          const vals = Array.from({ length: n + r.int(0, 1) }, () => (r.chance(0.8) ? ctx.num(1) : ctx.str(0)));
          return stmt('console.log(', args([lit(STR, fmt), ...vals], 1), ');');
        }],
        [1, () => ctx.print([lit(NUM, r.pick([-0, 0, 1e21, 1e-7, 2 ** 53, -(2 ** 31), 2 ** 32, 0.1 + 0.2])), ex(STR, '`${', lit(NUM, -0), '}`')])],
      ])());
    }
    return out;
  },
};
