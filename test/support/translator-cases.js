// The translator's unit cases: WAT modules and the calls to make on each. Each
// case runs in V8 and as translated C (test/translator.test.js); the corpus test
// checks that every instruction Porffor emits for the corpus appears in one.

const I32_EDGES = [0, 1, -1, 7, -7, 31, 32, 33, 0x7fffffff, -0x80000000, 0x12345678];
const F64_EDGES = [0, -0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, Infinity, -Infinity, NaN, 4294967296.5,
  -2147483649, 2147483647.9, 9.3e18, -9.3e18, 5e-324];
const pairs = (xs) => xs.flatMap((a) => xs.map((b) => [a, b]));

export const CASES = [
  {
    name: 'i32 arithmetic, shifts, rotates, bit counts and comparisons',
    wat: `(module
      ${['add', 'sub', 'mul', 'div_s', 'div_u', 'rem_s', 'rem_u', 'and', 'or', 'xor', 'shl', 'shr_s', 'shr_u', 'rotl',
    'rotr', 'lt_s', 'lt_u', 'ge_s', 'ge_u', 'eq', 'ne', 'gt_s', 'gt_u', 'le_s', 'le_u'].map((op) => `(func (export "${op}") (param i32 i32) (result i32) (i32.${op} (local.get 0) (local.get 1)))`).join('\n')}
      ${['clz', 'ctz', 'popcnt', 'eqz', 'extend8_s', 'extend16_s'].map((op) => `(func (export "${op}") (param i32) (result i32) (i32.${op} (local.get 0)))`).join('\n')})`,
    calls: [
      ...['add', 'sub', 'mul', 'div_s', 'div_u', 'rem_s', 'rem_u', 'and', 'or', 'xor', 'shl', 'shr_s', 'shr_u', 'rotl',
        'rotr', 'lt_s', 'lt_u', 'ge_s', 'ge_u', 'eq', 'ne', 'gt_s', 'gt_u', 'le_s', 'le_u'].flatMap((op) => pairs(I32_EDGES).map((p) => [op, p])),
      ...['clz', 'ctz', 'popcnt', 'eqz', 'extend8_s', 'extend16_s'].flatMap((op) => I32_EDGES.map((a) => [op, [a]])),
    ],
  },
  {
    name: 'i64 arithmetic and conversions to and from i32',
    wat: `(module
      ${['add', 'sub', 'mul', 'div_s', 'rem_u', 'and', 'xor', 'shl', 'shr_s', 'shr_u', 'rotl', 'lt_u'].map((op) => `(func (export "${op}") (param i64 i64) (result ${op === 'lt_u' ? 'i32' : 'i64'}) (i64.${op} (local.get 0) (local.get 1)))`).join('\n')}
      (func (export "wrap") (param i64) (result i32) (i32.wrap_i64 (local.get 0)))
      (func (export "extend_s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
      (func (export "extend_u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
      (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
      (func (export "ext32") (param i64) (result i64) (i64.extend32_s (local.get 0))))`,
    calls: [
      ...['add', 'sub', 'mul', 'div_s', 'rem_u', 'and', 'xor', 'shl', 'shr_s', 'shr_u', 'rotl', 'lt_u'].flatMap((op) => pairs([0n, 1n, -1n, 63n, 64n,
        0x7fffffffffffffffn, -0x8000000000000000n, 0x123456789abcdefn]).map((p) => [op, p])),
      ...[0n, -1n, 0x1234567887654321n, 0x80000000n].flatMap((a) => [['wrap', [a]], ['clz', [a]], ['ext32', [a]]]),
      ...I32_EDGES.flatMap((a) => [['extend_s', [a]], ['extend_u', [a]]]),
    ],
  },
  {
    name: 'f64 rounding, min/max with NaN and signed zero, sqrt and copysign',
    wat: `(module
      ${['ceil', 'floor', 'trunc', 'nearest', 'sqrt', 'abs', 'neg'].map((op) => `(func (export "${op}") (param f64) (result f64) (f64.${op} (local.get 0)))`).join('\n')}
      ${['min', 'max', 'copysign', 'div'].map((op) => `(func (export "${op}") (param f64 f64) (result f64) (f64.${op} (local.get 0) (local.get 1)))`).join('\n')})`,
    calls: [
      ...['ceil', 'floor', 'trunc', 'nearest', 'sqrt', 'abs', 'neg'].flatMap((op) => [...F64_EDGES, 2, 1e-310, 0.49999999999999994,
        4503599627370497, -4503599627370495.5].map((a) => [op, [a]])),
      ...['min', 'max', 'copysign', 'div'].flatMap((op) => pairs([0, -0, 1, -1, NaN, Infinity, -Infinity]).map((p) => [op, p])),
    ],
  },
  {
    name: 'float to integer: trapping and saturating conversions, and back',
    wat: `(module
      ${['i32.trunc_f64_s', 'i32.trunc_f64_u', 'i32.trunc_sat_f64_s', 'i32.trunc_sat_f64_u'].map((op) => `(func (export "${op}") (param f64) (result i32) (${op} (local.get 0)))`).join('\n')}
      ${['i64.trunc_f64_s', 'i64.trunc_f64_u', 'i64.trunc_sat_f64_s', 'i64.trunc_sat_f64_u'].map((op) => `(func (export "${op}") (param f64) (result i64) (${op} (local.get 0)))`).join('\n')}
      (func (export "i32.trunc_f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
      (func (export "u64_to_f64") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
      (func (export "s64_to_f64") (param i64) (result f64) (f64.convert_i64_s (local.get 0)))
      (func (export "u32_to_f64") (param i32) (result f64) (f64.convert_i32_u (local.get 0)))
      (func (export "f64_bits") (param f64) (result i64) (i64.reinterpret_f64 (local.get 0)))
      (func (export "demote") (param f64) (result f32) (f32.demote_f64 (local.get 0)))
      (func (export "promote") (param f32) (result f64) (f64.promote_f32 (local.get 0))))`,
    calls: [
      ...['i32.trunc_f64_s', 'i32.trunc_f64_u', 'i32.trunc_sat_f64_s', 'i32.trunc_sat_f64_u', 'i64.trunc_f64_s',
        'i64.trunc_f64_u', 'i64.trunc_sat_f64_s', 'i64.trunc_sat_f64_u'].flatMap((op) => F64_EDGES.map((a) => [op, [a]])),
      ...[1.5, -2147483648, 2147483648, NaN, -2147483904].map((a) => ['i32.trunc_f32_s', [a]]),
      ...[0n, 1n, -1n, 0x8000000000000001n, 9007199254740993n].flatMap((a) => [['u64_to_f64', [a]], ['s64_to_f64', [a]]]),
      ...I32_EDGES.map((a) => ['u32_to_f64', [a]]),
      ...[1, -0, NaN, Infinity].map((a) => ['f64_bits', [a]]),
      ...[1e40, 0.1, -3.4028235677973366e38, 1e-50].map((a) => ['demote', [a]]),
      ...[0.5, -0, 3.4028234663852886e38].map((a) => ['promote', [a]]),
    ],
  },
  {
    name: 'memory: unaligned and sign-extending access, bounds, grow, copy and fill',
    wat: `(module (memory 1 3)
      (data (i32.const 16) "\\01\\02\\03\\04\\05\\06\\07\\08\\ff\\fe")
      (func (export "load32") (param i32) (result i32) (i32.load offset=1 (local.get 0)))
      (func (export "load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
      (func (export "load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
      (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
      (func (export "store64") (param i32 i64) (i64.store offset=2 (local.get 0) (local.get 1)))
      (func (export "store_f64") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
      (func (export "load_f64") (param i32) (result f64) (f64.load (local.get 0)))
      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
      (func (export "size") (result i32) (memory.size))
      (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
      (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2))))`,
    calls: [
      ['load32', [15]], ['load32', [16]], ['load8_s', [24]], ['load8_s', [16]], ['load16_u', [24]], ['load64', [17]],
      ['store_f64', [3, -1.25]], ['load_f64', [3]], ['store64', [5, -0x123456789abcdefn]], ['load64', [7]], ['load64', [6]], ['load32', [65532]], ['load32', [65531]], ['load8_s', [-1]],
      ['size', []], ['grow', [1]], ['size', []], ['load32', [65532]], ['grow', [2]], ['grow', [1]], ['size', []],
      ['copy', [18, 16, 6]], ['load64', [16]], ['copy', [16, 18, 6]], ['load64', [16]], ['fill', [20, 0xab, 3]],
      ['load64', [16]], ['copy', [196600, 0, 10]], ['fill', [196600, 0, 9]],
    ],
  },
  {
    name: 'control flow: multi-value blocks, br_table, loops, br_if with values, select',
    wat: `(module
      (func $pair (param i32) (result i32 i64) (local.get 0) (i64.extend_i32_s (local.get 0)))
      (func (export "swap") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
      (func (export "pair") (param i32) (result i32 i64) (call $pair (local.get 0)))
      (func (export "classify") (param i32) (result i32)
        (block $d (block $c (block $b (block $a (br_table $a $b $c $d (local.get 0)))
          (return (i32.const 100))) (return (i32.const 200))) (return (i32.const 300))) (i32.const 400))
      (func (export "sum") (param i32) (result i32) (local i32)
        (block $done (loop $top
          (br_if $done (i32.eqz (local.get 0)))
          (local.set 1 (i32.add (local.get 1) (local.get 0)))
          (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
          (br $top)))
        (local.get 1))
      (func (export "early") (param i32) (result i32 i32)
        (block (result i32 i32) (i32.const 7) (i32.const 8) (br_if 0 (local.get 0)) (drop) (drop) (i32.const 1) (i32.const 2)))
      (func (export "pick") (param i32 f64 f64) (result f64) (select (local.get 1) (local.get 2) (local.get 0)))
      (func (export "tee") (param i32) (result i32) (local.get 0) (local.tee 0 (i32.const 5)) (i32.add)))`,
    calls: [
      ['swap', [1, 2]], ['pair', [-5]], ...[0, 1, 2, 3, 4, -1].map((a) => ['classify', [a]]), ['sum', [100]],
      ['early', [0]], ['early', [1]], ['pick', [0, 1.5, 2.5]], ['pick', [9, 1.5, 2.5]], ['tee', [10]],
    ],
  },
  {
    name: 'call_indirect: valid calls, bounds, null entries and signature mismatch',
    wat: `(module (type $ii (func (param i32) (result i32))) (type $v (func))
      (table 4 funcref)
      (func $double (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
      (func $square (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
      (func $nothing)
      (elem (i32.const 0) $double $square $nothing)
      (func (export "call") (param i32 i32) (result i32) (call_indirect (type $ii) (local.get 1) (local.get 0))))`,
    calls: [['call', [0, 21]], ['call', [1, 9]], ['call', [2, 1]], ['call', [3, 1]], ['call', [4, 1]], ['call', [-1, 1]]],
  },
  {
    name: 'exceptions: catch with payload, rethrow, catch_all, leaving try by branch and return',
    wat: `(module (tag $e (param f64 i32)) (tag $other)
      (global $g (mut i32) (i32.const 0))
      (func $thrower (param i32) (if (local.get 0) (then (throw $e (f64.const 2.5) (local.get 0)))))
      (func (export "catch") (param i32) (result f64 i32)
        (try (result f64 i32) (do (call $thrower (local.get 0)) (f64.const 0) (i32.const 0))
          (catch $e)))
      (func (export "nested") (param i32) (result i32) (local $t i32)
        (try (result i32) (do
          (try (result i32) (do (call $thrower (local.get 0)) (i32.const 1))
            (catch $e (drop) (drop) (rethrow 0))))
          (catch $e (local.set $t) (drop) (i32.add (local.get $t) (i32.const 100))) (catch_all (i32.const -1))))
      (func (export "all") (result i32) (try (result i32) (do (throw $other)) (catch $e (drop) (drop) (i32.const 1)) (catch_all (i32.const 2))))
      (func (export "leave_by_br") (result i32) (local $t i32)
        (block $out (try (do (br $out)) (catch_all)))
        (try (result i32) (do (call $thrower (i32.const 3)) (i32.const 0))
          (catch $e (i32.const 10) (i32.add) (local.set $t) (drop) (local.get $t))))
      (func $ret_from_try (result i32) (try (result i32) (do (return (i32.const 5))) (catch_all (i32.const 6))))
      (func (export "leave_by_return") (result i32) (local $t i32)
        (drop (call $ret_from_try))
        (try (result i32) (do (call $thrower (i32.const 4)) (i32.const 0)) (catch $e (local.set $t) (drop) (local.get $t))))
      (func (export "locals_survive") (result i32) (local i32)
        (try (do (local.set 0 (i32.const 42)) (call $thrower (i32.const 1))) (catch $e (drop) (drop)))
        (local.get 0))
      (func (export "uncaught") (call $thrower (i32.const 9))))`,
    calls: [
      ['catch', [0]], ['catch', [7]], ['nested', [0]], ['nested', [5]], ['all', []], ['leave_by_br', []],
      ['leave_by_return', []], ['locals_survive', []], ['uncaught', []], ['catch', [1]],
    ],
  },
  {
    name: 'traps: unreachable and division',
    wat: `(module (func (export "unreachable") (unreachable))
      (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
      (global $count (mut i64) (i64.const 0))
      (func (export "count") (result i64) (global.set $count (i64.add (global.get $count) (i64.const 1))) (global.get $count)))`,
    calls: [['unreachable', []], ['div', [1, 0]], ['div', [-0x80000000, -1]], ['count', []], ['count', []]],
  },
  {
    name: 'the SIMD operations of Porffor\'s string compare',
    wat: `(module (memory 1) (data (i32.const 0) "abcdefghijklmnopabcdefghijklmnoq")
      (func (export "differs") (param i32 i32) (result i32)
        (v128.any_true (v128.xor (v128.load (local.get 0)) (v128.load (local.get 1)))))
      (func (export "or_any") (result i32) (v128.any_true (v128.or (v128.const i64x2 0 0) (v128.const i64x2 0 1)))))`,
    calls: [['differs', [0, 16]], ['differs', [0, 0]], ['differs', [1, 17]], ['or_any', []]],
  },
  {
    name: 'f64 arithmetic and comparisons with NaN, infinities and signed zeros',
    wat: `(module
      ${['add', 'sub', 'mul'].map((op) => `(func (export "${op}") (param f64 f64) (result f64) (f64.${op} (local.get 0) (local.get 1)))`).join('\n')}
      ${['eq', 'ne', 'lt', 'gt', 'le', 'ge'].map((op) => `(func (export "${op}") (param f64 f64) (result i32) (f64.${op} (local.get 0) (local.get 1)))`).join('\n')}
      (func (export "from_i32") (param i32) (result f64) (f64.convert_i32_s (local.get 0)))
      (func (export "sign") (param f64) (result i32)
        (if (result i32) (f64.lt (local.get 0) (f64.const 0)) (then (i32.const -1)) (else (i32.const 1)))))`,
    calls: [
      ...['add', 'sub', 'mul', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'].flatMap((op) =>
        pairs([0, -0, 1, -1.5, 1e308, NaN, Infinity, -Infinity, 5e-324]).map((p) => [op, p])),
      ...I32_EDGES.map((a) => ['from_i32', [a]]),
      ...[0, -0, -1, 2, NaN].map((a) => ['sign', [a]]),
    ],
  },
  {
    name: 'narrow and float memory access, reinterpretations and i64 bit operations',
    wat: `(module (memory 1)
      (func (export "store8_load8u") (param i32 i32) (result i32) (i32.store8 (local.get 0) (local.get 1)) (i32.load8_u (local.get 0)))
      (func (export "store16_load16s") (param i32 i32) (result i32) (i32.store16 (local.get 0) (local.get 1)) (i32.load16_s (local.get 0)))
      (func (export "store_load") (param i32 i32) (result i32) (i32.store offset=3 (local.get 0) (local.get 1)) (i32.load offset=3 (local.get 0)))
      (func (export "f32_roundtrip") (param i32 f64) (result f64)
        (f32.store (local.get 0) (f32.demote_f64 (local.get 1))) (f64.promote_f32 (f32.load (local.get 0))))
      (func (export "f32_bits") (param f64) (result i32) (i32.reinterpret_f32 (f32.demote_f64 (local.get 0))))
      (func (export "bits_f32") (param i32) (result f64) (f64.promote_f32 (f32.reinterpret_i32 (local.get 0))))
      (func (export "f64_bits_hi") (param f64) (result i32) (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get 0)) (i64.const 32))))
      (func (export "bits_f64") (param i64 i64) (result f64) (f64.reinterpret_i64 (i64.or (local.get 0) (local.get 1))))
      (func (export "i64_ne") (param i64 i64) (result i32) (i64.ne (local.get 0) (local.get 1))))`,
    calls: [
      ...[[0, 0], [5, 255], [7, 256], [9, -1], [65535, 200]].map((a) => ['store8_load8u', a]),
      ...[[0, 0], [6, 32767], [8, 32768], [10, -2], [65534, 0x12345]].map((a) => ['store16_load16s', a]),
      ...[[0, -1], [1, 0x12345678], [65530, 1], [65533, 1]].map((a) => ['store_load', a]),
      ...[[0, 3.14159], [4, -0], [8, 1e39], [12, NaN], [65535, 1]].map((a) => ['f32_roundtrip', a]),
      ...[1, -0, 0.1, Infinity].map((a) => ['f32_bits', [a]]),
      ...[0x3f800000, -0x800000, 0x7fc00000].map((a) => ['bits_f32', [a]]),
      ...[1, -0, Math.PI, NaN, 5e-324].map((a) => ['f64_bits_hi', [a]]),
      ...[[0x3ff0000000000000n, 1n], [0n, 0x8000000000000000n], [0x7ff0000000000000n, 0n]].map((a) => ['bits_f64', a]),
      ...[[0n, 0n], [1n, -1n], [-1n, -1n]].map((a) => ['i64_ne', a]),
    ],
  },
];
