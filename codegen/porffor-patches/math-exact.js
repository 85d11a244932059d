// Math.round and Math.sign as ECMAScript defines them: Math.round rounded half to
// even (Math.round(2.5) -> 2, Math.round(-3.5) -> -4) and Math.sign(0) was 1.
// round is floor(x) + (x - floor(x) >= 0.5), keeping the sign of zero.

const ROUND = `
  // helix-sdk: Math.round rounds half towards +Infinity and keeps the sign of zero
  _.__Math_round = {
    params: [ Valtype.f64 ],
    locals: [ Valtype.f64 ],
    returns: [ Valtype.f64 ],
    returnType: TYPES.number,
    wasm: () => [
      [ Opcodes.local_get, 0 ],
      [ Opcodes.f64_floor ],
      [ Opcodes.local_set, 1 ],
      [ Opcodes.local_get, 0 ],
      [ Opcodes.local_get, 1 ],
      [ Opcodes.f64_sub ],
      number(0.5),
      [ Opcodes.f64_ge ],
      [ Opcodes.if, Valtype.f64 ],
        [ Opcodes.local_get, 1 ],
        number(1),
        [ Opcodes.f64_add ],
      [ Opcodes.else ],
        [ Opcodes.local_get, 1 ],
      [ Opcodes.end ],
      [ Opcodes.local_tee, 1 ],
      number(0),
      [ Opcodes.f64_eq ],
      [ Opcodes.if, Valtype.f64 ],
        number(0),
        [ Opcodes.local_get, 0 ],
        [ Opcodes.f64_copysign ],
      [ Opcodes.else ],
        [ Opcodes.local_get, 1 ],
      [ Opcodes.end ]
    ]
  };

  // helix-sdk: Math.sign is 0, -0 or NaN for those values, not +-1
  _.__Math_sign = {
    params: [ Valtype.f64 ],
    locals: [],
    returns: [ Valtype.f64 ],
    returnType: TYPES.number,
    wasm: () => [
      [ Opcodes.local_get, 0 ],
      number(0),
      [ Opcodes.f64_gt ],
      [ Opcodes.if, Valtype.f64 ],
        number(1),
      [ Opcodes.else ],
        [ Opcodes.local_get, 0 ],
        number(0),
        [ Opcodes.f64_lt ],
        [ Opcodes.if, Valtype.f64 ],
          number(-1),
        [ Opcodes.else ],
          [ Opcodes.local_get, 0 ],
        [ Opcodes.end ],
      [ Opcodes.end ]
    ]
  };

  // todo: does not follow spec with +-Infinity and values >2**32
  _.__Math_clz32 = {`;

export default {
  id: 'math-exact',
  why: 'Math.round and Math.sign follow ECMAScript',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins.js',
      find: `    [ 'sign', Opcodes.f64_copysign, [ number(1), [ Opcodes.local_get, 0 ] ] ],
`,
      replace: '',
    },
    {
      file: 'compiler/builtins.js',
      find: `    [ 'round', Opcodes.f64_nearest ],
`,
      replace: '',
    },
    {
      file: 'compiler/builtins.js',
      find: `
  // todo: does not follow spec with +-Infinity and values >2**32
  _.__Math_clz32 = {`,
      replace: ROUND,
    },
  ],
};
