// Porffor's Math functions are short series and iterations written in
// TypeScript: Math.cos(1) was off by 7.5e-7, Math.atan2(1, 2) by 3.5 %, Math.sqrt
// was a Babylonian loop, and `%` was a - trunc(a / b) * b (inexact for large
// quotients, +0 for -0 % 5). They now call the C functions that give V8's
// bits (codegen/libm.js: fdlibm and a few @stdlib packages) through one host
// import each, and Math.sqrt is the IEEE
// square root instruction. `%` calls an exact fmod.

import { MATH_FUNCTIONS } from '../libm.js';

const REGION_START = 'export const __Math_exp = (x: number): number => {';
const REGION_END = 'export const __Math_sumPrecise = ';

function replacement() {
  const fns = MATH_FUNCTIONS.map(({ js, arity }) => {
    const params = arity === 1 ? 'x: number' : 'x: number, y: number';
    const args = arity === 1 ? 'x' : 'x, y';
    return `export const __Math_${js} = (${params}): number => {
  const r: number = __hx_math_${js}(${args});
  return r;
};
`;
  });
  return `// helix-sdk: Math functions in C (see codegen/porffor-patches/math-libm.js)
${fns.join('\n')}
export const __Math_sqrt = (y: number): number => {
  let r: number = 0;
  Porffor.wasm\`local.get \${y}
f64.sqrt
local.set \${r}\`;
  return r;
};

${REGION_END}`;
}

export default {
  id: 'math-libm',
  why: 'Math functions with the bits V8 gives, exact sqrt and %',
  precompile: true,
  edits: [
    { file: 'compiler/builtins/math.ts', find: REGION_START, toEndMarker: REGION_END, replace: replacement() },
    {
      file: 'compiler/expression.js',
      find: `    '%': (_, { builtin, loc }, { left, right }) => [
      // a - truncf(a / b) * b
      ...left,
      [ Opcodes.local_tee, loc('#math_a', Valtype.f64) ],
      ...right,
      [ Opcodes.local_tee, loc('#math_b', Valtype.f64) ],

      [ Opcodes.local_get, loc('#math_a', Valtype.f64) ],
      [ Opcodes.local_get, loc('#math_b', Valtype.f64) ],
      [ Opcodes.f64_div ],
      [ Opcodes.f64_trunc ],

      [ Opcodes.f64_mul ],
      [ Opcodes.f64_sub ]
    ],`,
      replace: `    '%': (_, { builtin }, { left, right }) => [
      // helix-sdk: exact remainder (fmod) in the host
      ...left,
      ...right,
      [ Opcodes.call, builtin('__hx_fmod') ]
    ],`,
    },
  ],
};
