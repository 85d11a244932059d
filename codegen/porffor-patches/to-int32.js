// ToInt32 / ToUint32 (ECMAScript 7.1.6-7.1.7) must reduce modulo 2^32; Porffor
// uses the saturating conversion, so 0xFFFFFFFF >>> 0 was 2147483647. Adds an
// exact __Porffor_toInt32 builtin (a fast path for |x| < 2^31, an exact
// reduction otherwise; NaN and infinities give 0) and uses it for the bitwise
// operators, `~`, Math.imul, Math.clz32 and integer typed-array element stores.
// `>>>` now yields an unsigned result.

const TO_INT32 = `
  // helix-sdk: exact ToInt32 (see codegen/porffor-patches/to-int32.js)
  _.__Porffor_toInt32 = {
    params: [ Valtype.f64 ],
    locals: [ Valtype.f64 ],
    returns: [ Valtype.i32 ],
    returnType: TYPES.number,
    wasm: () => [
      [ Opcodes.local_get, 0 ],
      [ Opcodes.f64_abs ],
      number(2147483648),
      [ Opcodes.f64_lt ],
      [ Opcodes.if, Valtype.i32 ],
        [ Opcodes.local_get, 0 ],
        Opcodes.i32_trunc_sat_f64_s,
      [ Opcodes.else ],
        // t - floor(t / 2^32) * 2^32 lies in [0, 2^32) and is exact; NaN/Infinity give NaN, which converts to 0
        [ Opcodes.local_get, 0 ],
        [ Opcodes.f64_trunc ],
        [ Opcodes.local_tee, 1 ],
        [ Opcodes.local_get, 1 ],
        number(1 / 4294967296),
        [ Opcodes.f64_mul ],
        [ Opcodes.f64_floor ],
        number(4294967296),
        [ Opcodes.f64_mul ],
        [ Opcodes.f64_sub ],
        Opcodes.i64_trunc_sat_f64_s,
        [ Opcodes.i32_wrap_i64 ],
      [ Opcodes.end ]
    ]
  };

  // todo: does not follow spec with +-Infinity and values >2**32
  _.__Math_clz32 = {`;

// Integer typed-array element stores (8, 16, 32 bits, signed or not) truncate with
// i32.trunc_sat; each must wrap modulo 2^32 instead.
const TYPED_ARRAY_STORES = ['i32_store8', 'i32_store16', 'i32_store'].flatMap((store) => ['i32_to_u', 'i32_to'].map((conv) => ({
  file: 'compiler/codegen.js',
  find: `              ...optional([ Opcodes.local_tee, newValueTmp ]),

              Opcodes.${conv},
              [ Opcodes.${store}, 0, 4 ]`,
  replace: `              ...optional([ Opcodes.local_tee, newValueTmp ]),

              [ Opcodes.call, includeBuiltin(scope, '__Porffor_toInt32').index ],
              [ Opcodes.${store}, 0, 4 ]`,
})));

export default {
  id: 'to-int32',
  why: 'ToInt32/ToUint32 wrap modulo 2^32 instead of saturating',
  precompile: true, // the builtins' own bitwise operators need the fix too
  edits: [
    {
      file: 'compiler/builtins.js',
      find: `
  // todo: does not follow spec with +-Infinity and values >2**32
  _.__Math_clz32 = {`,
      replace: TO_INT32,
    },
    {
      file: 'compiler/builtins.js',
      find: `    wasm: () => [
      [ Opcodes.local_get, 0 ],
      Opcodes.i32_to_u,
      [ Opcodes.i32_clz ],
      Opcodes.i32_from
    ]`,
      replace: `    wasm: (scope, { builtin }) => [
      [ Opcodes.local_get, 0 ],
      [ Opcodes.call, builtin('__Porffor_toInt32') ],
      [ Opcodes.i32_clz ],
      Opcodes.i32_from
    ]`,
    },
    {
      file: 'compiler/builtins.js',
      find: `    wasm: () => [
      [ Opcodes.local_get, 0 ],
      Opcodes.i32_to,
      [ Opcodes.local_get, 1 ],
      Opcodes.i32_to,
      [ Opcodes.i32_mul ],
      Opcodes.i32_from
    ]`,
      replace: `    wasm: (scope, { builtin }) => [
      [ Opcodes.local_get, 0 ],
      [ Opcodes.call, builtin('__Porffor_toInt32') ],
      [ Opcodes.local_get, 1 ],
      [ Opcodes.call, builtin('__Porffor_toInt32') ],
      [ Opcodes.i32_mul ],
      Opcodes.i32_from
    ]`,
    },
    {
      file: 'compiler/expression.js',
      find: `const f64ifyBitwise = op => (_1, _2, { left, right }) => [
  ...left,
  Opcodes.i32_trunc_sat_f64_s,
  ...right,
  Opcodes.i32_trunc_sat_f64_s,
  [ op ],
  [ Opcodes.f64_convert_i32_s ]
];`,
      replace: `const f64ifyBitwise = (op, unsigned = false) => (_1, { builtin }, { left, right }) => [
  ...left,
  [ Opcodes.call, builtin('__Porffor_toInt32') ],
  ...right,
  [ Opcodes.call, builtin('__Porffor_toInt32') ],
  [ op ],
  [ unsigned ? Opcodes.f64_convert_i32_u : Opcodes.f64_convert_i32_s ]
];`,
    },
    {
      file: 'compiler/expression.js',
      find: `    '>>>': f64ifyBitwise(Opcodes.i32_shr_u)
  }`,
      replace: `    '>>>': f64ifyBitwise(Opcodes.i32_shr_u, true)
  }`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    case '~':
      // todo: proper bigint support
      return [
        ...toNumeric(),
        Opcodes.i32_to,`,
      replace: `    case '~':
      // todo: proper bigint support
      return [
        ...toNumeric(),
        [ Opcodes.call, includeBuiltin(scope, '__Porffor_toInt32').index ],`,
    },
    ...TYPED_ARRAY_STORES,
    {
      // Uint8ClampedArray rounds half to even after clamping (ToUint8Clamp).
      file: 'compiler/codegen.js',
      find: `              number(255),
              [ Opcodes.f64_min ],
              Opcodes.i32_to_u,`,
      replace: `              number(255),
              [ Opcodes.f64_min ],
              [ Opcodes.f64_nearest ],
              Opcodes.i32_to_u,`,
    },
  ],
};
