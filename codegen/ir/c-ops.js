// C spellings of Wasm operators. Each entry turns already-rendered operand strings
// into a C expression with exact Wasm semantics; anything with traps, NaN rules or
// undefined behaviour in plain C goes through a helper in sdk/kernel/wasm_rt.h.

export const C_TYPE = { i32: 'uint32_t', i64: 'uint64_t', f32: 'float', f64: 'double', v128: 'hx_v128' };

const S32 = (a) => `(int32_t)${a}`;
const S64 = (a) => `(int64_t)${a}`;
const bin = (o) => (a, b) => `(${a} ${o} ${b})`;
const cmp = (o) => (a, b) => `(uint32_t)(${a} ${o} ${b})`;
const helper = (name) => (...args) => `${name}(${args.join(', ')})`;

function intOps(w) {
  const U = w === 32 ? 'uint32_t' : 'uint64_t';
  const S = w === 32 ? S32 : S64;
  const mask = w - 1;
  const t = `i${w}`;
  return {
    [`${t}.eqz`]: (a) => `(uint32_t)(${a} == 0)`,
    [`${t}.eq`]: cmp('=='), [`${t}.ne`]: cmp('!='),
    [`${t}.lt_s`]: (a, b) => `(uint32_t)(${S(a)} < ${S(b)})`, [`${t}.lt_u`]: cmp('<'),
    [`${t}.gt_s`]: (a, b) => `(uint32_t)(${S(a)} > ${S(b)})`, [`${t}.gt_u`]: cmp('>'),
    [`${t}.le_s`]: (a, b) => `(uint32_t)(${S(a)} <= ${S(b)})`, [`${t}.le_u`]: cmp('<='),
    [`${t}.ge_s`]: (a, b) => `(uint32_t)(${S(a)} >= ${S(b)})`, [`${t}.ge_u`]: cmp('>='),
    [`${t}.clz`]: helper(`hx_clz${w}`), [`${t}.ctz`]: helper(`hx_ctz${w}`), [`${t}.popcnt`]: helper(`hx_popcnt${w}`),
    [`${t}.add`]: (a, b) => `(${U})(${a} + ${b})`, [`${t}.sub`]: (a, b) => `(${U})(${a} - ${b})`,
    [`${t}.mul`]: (a, b) => `(${U})(${a} * ${b})`,
    [`${t}.div_s`]: helper(`hx_i${w}_div_s`), [`${t}.div_u`]: helper(`hx_i${w}_div_u`),
    [`${t}.rem_s`]: helper(`hx_i${w}_rem_s`), [`${t}.rem_u`]: helper(`hx_i${w}_rem_u`),
    [`${t}.and`]: bin('&'), [`${t}.or`]: bin('|'), [`${t}.xor`]: bin('^'),
    [`${t}.shl`]: (a, b) => `(${U})(${a} << (${b} & ${mask}))`,
    [`${t}.shr_s`]: (a, b) => `(${U})(${S(a)} >> (${b} & ${mask}))`,
    [`${t}.shr_u`]: (a, b) => `(${a} >> (${b} & ${mask}))`,
    [`${t}.rotl`]: helper(`hx_rotl${w}`), [`${t}.rotr`]: helper(`hx_rotr${w}`),
  };
}

function floatOps(w) {
  const t = `f${w}`;
  return {
    [`${t}.eq`]: cmp('=='), [`${t}.ne`]: cmp('!='), [`${t}.lt`]: cmp('<'), [`${t}.gt`]: cmp('>'),
    [`${t}.le`]: cmp('<='), [`${t}.ge`]: cmp('>='),
    [`${t}.abs`]: helper(`hx_${t}_abs`), [`${t}.neg`]: helper(`hx_${t}_neg`),
    [`${t}.ceil`]: helper(`hx_${t}_ceil`), [`${t}.floor`]: helper(`hx_${t}_floor`),
    [`${t}.trunc`]: helper(`hx_${t}_trunc`), [`${t}.nearest`]: helper(`hx_${t}_nearest`),
    [`${t}.sqrt`]: helper(`hx_${t}_sqrt`),
    [`${t}.add`]: bin('+'), [`${t}.sub`]: bin('-'), [`${t}.mul`]: bin('*'), [`${t}.div`]: bin('/'),
    [`${t}.min`]: helper(`hx_${t}_min`), [`${t}.max`]: helper(`hx_${t}_max`),
    [`${t}.copysign`]: helper(`hx_${t}_copysign`),
  };
}

const conversions = {
  'i32.wrap_i64': (a) => `(uint32_t)${a}`,
  'i64.extend_i32_s': (a) => `(uint64_t)(int64_t)(int32_t)${a}`,
  'i64.extend_i32_u': (a) => `(uint64_t)${a}`,
  'f32.convert_i32_s': (a) => `(float)(int32_t)${a}`, 'f32.convert_i32_u': (a) => `(float)${a}`,
  'f32.convert_i64_s': (a) => `(float)(int64_t)${a}`, 'f32.convert_i64_u': (a) => `(float)${a}`,
  'f64.convert_i32_s': (a) => `(double)(int32_t)${a}`, 'f64.convert_i32_u': (a) => `(double)${a}`,
  'f64.convert_i64_s': (a) => `(double)(int64_t)${a}`, 'f64.convert_i64_u': (a) => `(double)${a}`,
  'f32.demote_f64': (a) => `(float)${a}`, 'f64.promote_f32': (a) => `(double)${a}`,
  'i32.reinterpret_f32': helper('hx_bits_f32'), 'i64.reinterpret_f64': helper('hx_bits_f64'),
  'f32.reinterpret_i32': helper('hx_f32_from_bits'), 'f64.reinterpret_i64': helper('hx_f64_from_bits'),
  'i32.extend8_s': (a) => `(uint32_t)(int32_t)(int8_t)${a}`,
  'i32.extend16_s': (a) => `(uint32_t)(int32_t)(int16_t)${a}`,
  'i64.extend8_s': (a) => `(uint64_t)(int64_t)(int8_t)${a}`,
  'i64.extend16_s': (a) => `(uint64_t)(int64_t)(int16_t)${a}`,
  'i64.extend32_s': (a) => `(uint64_t)(int64_t)(int32_t)${a}`,
  'v128.not': helper('hx_v128_not'), 'v128.and': helper('hx_v128_and'), 'v128.andnot': helper('hx_v128_andnot'),
  'v128.or': helper('hx_v128_or'), 'v128.xor': helper('hx_v128_xor'), 'v128.bitselect': helper('hx_v128_bitselect'),
  'v128.any_true': helper('hx_v128_any_true'),
};
// Trapping and saturating float->int conversions are all helpers named after the op.
for (const dst of ['i32', 'i64']) {
  for (const src of ['f32', 'f64']) {
    for (const sign of ['s', 'u']) {
      conversions[`${dst}.trunc_${src}_${sign}`] = helper(`hx_${dst}_trunc_${src}_${sign}`);
      conversions[`${dst}.trunc_sat_${src}_${sign}`] = helper(`hx_${dst}_trunc_sat_${src}_${sign}`);
    }
  }
}

/** Operator name -> (rendered operands...) => C expression. */
export const C_OPS = { ...intOps(32), ...intOps(64), ...floatOps(32), ...floatOps(64), ...conversions };

/** Memory access helpers: the op name with dots and underscores flattened. */
export function memHelper(op) {
  return `hx_${op.replace('.', '_')}`;
}

/** Exact C literal for a constant operand. */
export function constToC(type, value) {
  switch (type) {
    case 'i32': return `UINT32_C(${value >>> 0})`;
    case 'i64': return `UINT64_C(${BigInt.asUintN(64, BigInt(value))})`;
    case 'f32': return floatBitsToC(BigInt(value.bits), 32);
    case 'f64': return floatBitsToC(BigInt(value.bits), 64);
    case 'v128': {
      const lo = value.readBigUInt64LE(0);
      const hi = value.readBigUInt64LE(8);
      return `hx_v128_make(UINT64_C(${lo}), UINT64_C(${hi}))`;
    }
    default: throw new Error(`no C literal for type ${type}`);
  }
}

// Hexadecimal float literals are exact in C99; NaNs keep their payload through a
// bit-pattern helper.
function floatBitsToC(bits, width) {
  const mantBits = width === 64 ? 52n : 23n;
  const expBits = width === 64 ? 11n : 8n;
  const bias = width === 64 ? 1023n : 127n;
  const suffix = width === 64 ? '' : 'f';
  const sign = (bits >> (mantBits + expBits)) & 1n ? '-' : '';
  const exp = (bits >> mantBits) & ((1n << expBits) - 1n);
  const mant = bits & ((1n << mantBits) - 1n);
  if (exp === (1n << expBits) - 1n) {
    if (mant === 0n) return `(${sign}HX_INF${width === 32 ? 'F' : ''})`;
    return width === 64 ? `hx_f64_from_bits(UINT64_C(${bits}))` : `hx_f32_from_bits(UINT32_C(${bits}))`;
  }
  // Pad the fraction to whole hex digits (f32 fractions are 23 bits -> shift left by 1).
  const hexDigits = width === 64 ? 13 : 6;
  const frac = (width === 64 ? mant : mant << 1n).toString(16).padStart(hexDigits, '0');
  let lit;
  if (exp === 0n) lit = mant === 0n ? `0.0${suffix}` : `0x0.${frac}p${-(bias - 1n)}${suffix}`;
  else lit = `0x1.${frac}p${exp - bias}${suffix}`;
  return sign ? `(-${lit})` : lit;
}
