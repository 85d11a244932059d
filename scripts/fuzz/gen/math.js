// Math: every function the SDK maps to fdlibm / @stdlib / exact C, on edge
// values and on the results of other operations. Math.pow and ** only in exact
// cases (docs/language.md, Known differences).

import { args, ex, lit } from '../tree.js';
import { EDGE_NUMBERS, NUM } from './core.js';

const UNARY = ['abs', 'floor', 'ceil', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'fround', 'clz32', 'exp', 'expm1',
  'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
  'acosh', 'atanh'];
const INPUTS = [...EDGE_NUMBERS, 0.7, -0.7, 0.49999999999999994, -1.5, 0.5000000000000001, 2.4999999999999996,
  709.78, -745.2, 1e-300, 3 * Math.PI, 1e10, -1e-10];

export default {
  name: 'math',
  weight: 7,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const x = ctx.letDecl(NUM, lit(NUM, r.pick(INPUTS)));
    out.push(x.stmt);
    const n = r.int(3, 7);
    for (let i = 0; i < n && ctx.canPrint(); i++) {
      out.push(r.weighted([
        [4, () => {
          const fns = r.sample(UNARY, r.int(1, 3));
          return ctx.print(fns.map((f) => ex(NUM, `Math.${f}(`, r.chance(0.6) ? lit(NUM, r.pick(INPUTS)) : ex(NUM, x.name), ')')));
        }],
        [2, () => ctx.print([ex(NUM, `Math.${r.pick(UNARY)}(`, ctx.num(2), ')'), ex(NUM, `Math.${r.pick(UNARY)}(`, ex(NUM, x.name), ')')])],
        [2, () => ctx.print([ctx.mathMulti(1), ctx.mathMulti(1)])],
        [1, () => ctx.print([ctx.pow(), ctx.pow(), ctx.pow()])],
        [1, () => ctx.print([ex(NUM, 'Math.imul(', lit(NUM, r.pick(INPUTS)), ', ', lit(NUM, r.pick(INPUTS)), ')'),
          ex(NUM, 'Math.clz32(', lit(NUM, r.pick(INPUTS)), ')'), ex(NUM, 'Math.fround(', lit(NUM, r.pick(INPUTS)), ')')])],
        [1, () => ctx.print([ex(NUM, `Math.${r.pick(['min', 'max'])}(`, args([ex(NUM, x.name), lit(NUM, r.pick(INPUTS)), lit(NUM, r.pick([0, -0, NaN]))], 1), ')')])],
        [1, () => ctx.print([ex(NUM, 'Math.round(', ex(NUM, x.name), ' * ', lit(NUM, r.pick([10, 100, 1000])), ') / ', lit(NUM, r.pick([10, 100, 1000])))])],
      ])());
    }
    return out;
  },
};
