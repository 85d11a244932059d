// The WebAssembly instruction set as data: for each opcode its name, the kind of
// immediate that follows it in the binary, and (for plain operators) its stack
// signature. The decoder reads immediates from this table; the IR builder uses the
// signatures. Control instructions are handled by name, so they carry no signature.

/** Immediate kinds understood by the decoder. */
export const Imm = {
  none: 'none',
  blocktype: 'blocktype',
  label: 'label',
  labels: 'labels', // br_table: vector of labels plus a default
  func: 'func',
  callIndirect: 'callIndirect', // type index + table index
  local: 'local',
  global: 'global',
  tag: 'tag',
  memarg: 'memarg',
  memory: 'memory', // one reserved/memory index byte
  memoryCopy: 'memoryCopy', // two memory indices
  data: 'data',
  dataMemory: 'dataMemory', // memory.init: data index + memory index
  i32: 'i32',
  i64: 'i64',
  f32: 'f32',
  f64: 'f64',
  v128: 'v128',
  lane: 'lane',
  selectTypes: 'selectTypes',
};

const byCode = new Map(); // one-byte opcodes
const byPrefixed = new Map(); // "0xfc:7", "0xfd:12"
const byName = new Map();

function define(code, name, imm = Imm.none, sig = null, prefix = null) {
  const op = { code, prefix, name, imm, ...parseSig(sig) };
  if (prefix === null) byCode.set(code, op);
  else byPrefixed.set(`${prefix}:${code}`, op);
  byName.set(name, op);
}

// "i32 i32 -> i32" -> { params: ['i32','i32'], results: ['i32'] }
function parseSig(sig) {
  if (sig === null) return { params: null, results: null };
  const [lhs, rhs] = sig.split('->').map((s) => s.trim());
  return { params: lhs ? lhs.split(/\s+/) : [], results: rhs ? rhs.split(/\s+/) : [] };
}

// Control and parametric instructions (handled structurally by the IR builder).
define(0x00, 'unreachable');
define(0x01, 'nop');
define(0x02, 'block', Imm.blocktype);
define(0x03, 'loop', Imm.blocktype);
define(0x04, 'if', Imm.blocktype);
define(0x05, 'else');
define(0x06, 'try', Imm.blocktype);
define(0x07, 'catch', Imm.tag);
define(0x08, 'throw', Imm.tag);
define(0x09, 'rethrow', Imm.label);
define(0x0b, 'end');
define(0x0c, 'br', Imm.label);
define(0x0d, 'br_if', Imm.label);
define(0x0e, 'br_table', Imm.labels);
define(0x0f, 'return');
define(0x10, 'call', Imm.func);
define(0x11, 'call_indirect', Imm.callIndirect);
define(0x12, 'return_call', Imm.func);
define(0x13, 'return_call_indirect', Imm.callIndirect);
define(0x18, 'delegate', Imm.label);
define(0x19, 'catch_all');
define(0x1a, 'drop');
define(0x1b, 'select');
define(0x1c, 'select_t', Imm.selectTypes);
define(0x20, 'local.get', Imm.local);
define(0x21, 'local.set', Imm.local);
define(0x22, 'local.tee', Imm.local);
define(0x23, 'global.get', Imm.global);
define(0x24, 'global.set', Imm.global);
define(0x25, 'table.get', Imm.local);
define(0x26, 'table.set', Imm.local);

// Memory. Loads take an address; stores take an address and a value.
const loads = [
  [0x28, 'i32.load', 'i32'], [0x29, 'i64.load', 'i64'], [0x2a, 'f32.load', 'f32'], [0x2b, 'f64.load', 'f64'],
  [0x2c, 'i32.load8_s', 'i32'], [0x2d, 'i32.load8_u', 'i32'], [0x2e, 'i32.load16_s', 'i32'],
  [0x2f, 'i32.load16_u', 'i32'], [0x30, 'i64.load8_s', 'i64'], [0x31, 'i64.load8_u', 'i64'],
  [0x32, 'i64.load16_s', 'i64'], [0x33, 'i64.load16_u', 'i64'], [0x34, 'i64.load32_s', 'i64'],
  [0x35, 'i64.load32_u', 'i64'],
];
for (const [code, name, t] of loads) define(code, name, Imm.memarg, `i32 -> ${t}`);
const stores = [
  [0x36, 'i32.store', 'i32'], [0x37, 'i64.store', 'i64'], [0x38, 'f32.store', 'f32'], [0x39, 'f64.store', 'f64'],
  [0x3a, 'i32.store8', 'i32'], [0x3b, 'i32.store16', 'i32'], [0x3c, 'i64.store8', 'i64'],
  [0x3d, 'i64.store16', 'i64'], [0x3e, 'i64.store32', 'i64'],
];
for (const [code, name, t] of stores) define(code, name, Imm.memarg, `i32 ${t} ->`);
define(0x3f, 'memory.size', Imm.memory, '-> i32');
define(0x40, 'memory.grow', Imm.memory, 'i32 -> i32');

define(0x41, 'i32.const', Imm.i32, '-> i32');
define(0x42, 'i64.const', Imm.i64, '-> i64');
define(0x43, 'f32.const', Imm.f32, '-> f32');
define(0x44, 'f64.const', Imm.f64, '-> f64');

// Numeric operators, in opcode order.
function series(start, type, names, sigFor) {
  names.forEach((n, i) => define(start + i, `${type}.${n}`, Imm.none, sigFor(n)));
}
const intCompare = ['eq', 'ne', 'lt_s', 'lt_u', 'gt_s', 'gt_u', 'le_s', 'le_u', 'ge_s', 'ge_u'];
const floatCompare = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
const intArith = ['clz', 'ctz', 'popcnt', 'add', 'sub', 'mul', 'div_s', 'div_u', 'rem_s', 'rem_u', 'and', 'or', 'xor',
  'shl', 'shr_s', 'shr_u', 'rotl', 'rotr'];
const floatArith = ['abs', 'neg', 'ceil', 'floor', 'trunc', 'nearest', 'sqrt', 'add', 'sub', 'mul', 'div', 'min', 'max',
  'copysign'];
const intUnary = new Set(['clz', 'ctz', 'popcnt']);
const floatUnary = new Set(['abs', 'neg', 'ceil', 'floor', 'trunc', 'nearest', 'sqrt']);

define(0x45, 'i32.eqz', Imm.none, 'i32 -> i32');
series(0x46, 'i32', intCompare, () => 'i32 i32 -> i32');
define(0x50, 'i64.eqz', Imm.none, 'i64 -> i32');
series(0x51, 'i64', intCompare, () => 'i64 i64 -> i32');
series(0x5b, 'f32', floatCompare, () => 'f32 f32 -> i32');
series(0x61, 'f64', floatCompare, () => 'f64 f64 -> i32');
series(0x67, 'i32', intArith, (n) => (intUnary.has(n) ? 'i32 -> i32' : 'i32 i32 -> i32'));
series(0x79, 'i64', intArith, (n) => (intUnary.has(n) ? 'i64 -> i64' : 'i64 i64 -> i64'));
series(0x8b, 'f32', floatArith, (n) => (floatUnary.has(n) ? 'f32 -> f32' : 'f32 f32 -> f32'));
series(0x99, 'f64', floatArith, (n) => (floatUnary.has(n) ? 'f64 -> f64' : 'f64 f64 -> f64'));

const conversions = [
  [0xa7, 'i32.wrap_i64', 'i64 -> i32'],
  [0xa8, 'i32.trunc_f32_s', 'f32 -> i32'], [0xa9, 'i32.trunc_f32_u', 'f32 -> i32'],
  [0xaa, 'i32.trunc_f64_s', 'f64 -> i32'], [0xab, 'i32.trunc_f64_u', 'f64 -> i32'],
  [0xac, 'i64.extend_i32_s', 'i32 -> i64'], [0xad, 'i64.extend_i32_u', 'i32 -> i64'],
  [0xae, 'i64.trunc_f32_s', 'f32 -> i64'], [0xaf, 'i64.trunc_f32_u', 'f32 -> i64'],
  [0xb0, 'i64.trunc_f64_s', 'f64 -> i64'], [0xb1, 'i64.trunc_f64_u', 'f64 -> i64'],
  [0xb2, 'f32.convert_i32_s', 'i32 -> f32'], [0xb3, 'f32.convert_i32_u', 'i32 -> f32'],
  [0xb4, 'f32.convert_i64_s', 'i64 -> f32'], [0xb5, 'f32.convert_i64_u', 'i64 -> f32'],
  [0xb6, 'f32.demote_f64', 'f64 -> f32'],
  [0xb7, 'f64.convert_i32_s', 'i32 -> f64'], [0xb8, 'f64.convert_i32_u', 'i32 -> f64'],
  [0xb9, 'f64.convert_i64_s', 'i64 -> f64'], [0xba, 'f64.convert_i64_u', 'i64 -> f64'],
  [0xbb, 'f64.promote_f32', 'f32 -> f64'],
  [0xbc, 'i32.reinterpret_f32', 'f32 -> i32'], [0xbd, 'i64.reinterpret_f64', 'f64 -> i64'],
  [0xbe, 'f32.reinterpret_i32', 'i32 -> f32'], [0xbf, 'f64.reinterpret_i64', 'i64 -> f64'],
  [0xc0, 'i32.extend8_s', 'i32 -> i32'], [0xc1, 'i32.extend16_s', 'i32 -> i32'],
  [0xc2, 'i64.extend8_s', 'i64 -> i64'], [0xc3, 'i64.extend16_s', 'i64 -> i64'],
  [0xc4, 'i64.extend32_s', 'i64 -> i64'],
];
for (const [code, name, sig] of conversions) define(code, name, Imm.none, sig);

define(0xd0, 'ref.null', Imm.i32);
define(0xd1, 'ref.is_null');
define(0xd2, 'ref.func', Imm.func);

// 0xFC prefix: saturating conversions and bulk memory.
const FC = 0xfc;
const saturating = [
  ['i32.trunc_sat_f32_s', 'f32 -> i32'], ['i32.trunc_sat_f32_u', 'f32 -> i32'],
  ['i32.trunc_sat_f64_s', 'f64 -> i32'], ['i32.trunc_sat_f64_u', 'f64 -> i32'],
  ['i64.trunc_sat_f32_s', 'f32 -> i64'], ['i64.trunc_sat_f32_u', 'f32 -> i64'],
  ['i64.trunc_sat_f64_s', 'f64 -> i64'], ['i64.trunc_sat_f64_u', 'f64 -> i64'],
];
saturating.forEach(([name, sig], i) => define(i, name, Imm.none, sig, FC));
define(8, 'memory.init', Imm.dataMemory, 'i32 i32 i32 ->', FC);
define(9, 'data.drop', Imm.data, '->', FC);
define(10, 'memory.copy', Imm.memoryCopy, 'i32 i32 i32 ->', FC);
define(11, 'memory.fill', Imm.memory, 'i32 i32 i32 ->', FC);
define(12, 'table.init', Imm.callIndirect, null, FC);
define(13, 'elem.drop', Imm.data, null, FC);
define(14, 'table.copy', Imm.callIndirect, null, FC);
define(15, 'table.grow', Imm.local, null, FC);
define(16, 'table.size', Imm.local, null, FC);
define(17, 'table.fill', Imm.local, null, FC);

// 0xFD prefix: SIMD. Porffor only uses a few v128 operations (in its string
// comparison fast path); those have signatures, the rest are decoded so the
// translator can name them when it refuses them.
const FD = 0xfd;
define(0, 'v128.load', Imm.memarg, 'i32 -> v128', FD);
define(11, 'v128.store', Imm.memarg, 'i32 v128 ->', FD);
define(12, 'v128.const', Imm.v128, '-> v128', FD);
define(77, 'v128.not', Imm.none, 'v128 -> v128', FD);
define(78, 'v128.and', Imm.none, 'v128 v128 -> v128', FD);
define(79, 'v128.andnot', Imm.none, 'v128 v128 -> v128', FD);
define(80, 'v128.or', Imm.none, 'v128 v128 -> v128', FD);
define(81, 'v128.xor', Imm.none, 'v128 v128 -> v128', FD);
define(82, 'v128.bitselect', Imm.none, 'v128 v128 v128 -> v128', FD);
define(83, 'v128.any_true', Imm.none, 'v128 -> i32', FD);

/** Look an opcode up by its first byte (and, for prefixed opcodes, its sub-opcode). */
export function opcodeByCode(code, prefix = null) {
  return prefix === null ? byCode.get(code) : byPrefixed.get(`${prefix}:${code}`);
}

/** Look an opcode up by its text name, e.g. "i32.add". */
export function opcodeByName(name) {
  return byName.get(name);
}

/** Every defined opcode, for tests that enumerate the instruction set. */
export function allOpcodes() {
  return [...byName.values()];
}

export const PREFIX_MISC = FC;
export const PREFIX_SIMD = FD;
