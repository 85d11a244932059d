// Integer plumbing of a metering MCU: wrapping 32-bit tick and pulse counters, register
// field packing with shifts (including shift counts >= 32, which JavaScript masks), Math.imul
// hashing, -0 handling, 2**31 / 2**53 boundaries of energy accumulators, and % of negatives.

const enum Field {
  ChannelShift = 28,
  GainShift = 24,
  ValueMask = 0x00ffffff,
}

interface Counter {
  readonly name: string;
  readonly bits: number;
  value: number;
}

class WrappingCounter implements Counter {
  value = 0;
  wraps = 0;
  constructor(readonly name: string, readonly bits: 8 | 16 | 32) {}

  get modulus(): number {
    return 2 ** this.bits;
  }

  add(n: number): this {
    const next = this.value + n;
    if (next >= this.modulus) this.wraps += Math.floor(next / this.modulus);
    this.value = this.bits === 32 ? next >>> 0 : next & (this.modulus - 1);
    return this;
  }

  /** Elapsed ticks between two readings, correct across one wrap. */
  static delta(later: number, earlier: number, bits: 16 | 32): number {
    return bits === 32 ? (later - earlier) >>> 0 : (later - earlier) & 0xffff;
  }
}

function show(label: string, ...values: number[]): void {
  console.log(label.padEnd(22), values.map((v) => (Object.is(v, -0) ? "-0" : String(v))).join(" "));
}

function packRegister(channel: number, gain: number, value: number): number {
  return ((channel << Field.ChannelShift) | (gain << Field.GainShift) | (value & Field.ValueMask)) >>> 0;
}

function unpackRegister(reg: number): { channel: number; gain: number; value: number } {
  return {
    channel: reg >>> Field.ChannelShift,
    gain: (reg >>> Field.GainShift) & 0xf,
    value: ((reg & Field.ValueMask) << 8) >> 8, // sign-extend the 24-bit field
  };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function murmurMix(k: number): number {
  k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
  k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
  return (k ^ (k >>> 16)) >>> 0;
}

// --- int32 / uint32 conversions
show("to int32", 2 ** 31 | 0, (2 ** 32 + 5) | 0, -(2 ** 31) | 0, (2 ** 31 - 1) | 0, 4294967295 | 0);
show("to uint32", -1 >>> 0, -(2 ** 31) >>> 0, 2 ** 32 >>> 0, (2 ** 32 + 1) >>> 0, 1.9e10 >>> 0);
show("fractions", 3.7 | 0, -3.7 | 0, ~~-0.5, 2.5e9 | 0, -2.5e9 >>> 0);
show("non-finite", NaN | 0, Infinity | 0, -Infinity >>> 0, 1e300 | 0);
show("not", ~0, ~-1, ~0xffffffff, ~~(2 ** 31), ~(2 ** 31));

// --- shifts: counts are taken mod 32
for (const n of [0, 1, 31, 32, 33, 63, 64, -1]) {
  show(`shift by ${n}`, 1 << n, -8 >> n, -8 >>> n, 0x80000000 >> n, 0xdeadbeef >>> n);
}

// --- Math.imul and hashing
show("imul", Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(-3, 7), Math.imul(2 ** 31, 2));
show("plain mul", 0xffffffff * 5, 0x7fffffff * 0x7fffffff, (0x7fffffff * 0x7fffffff) | 0);
const names = ["meter-1", "meter-2", "phase-L1", "phase-L2", ""];
for (const n of names) console.log(`fnv1a("${n}")`, fnv1a(n).toString(16).padStart(8, "0"), murmurMix(fnv1a(n)));

// --- -0
const negZero = -0;
show("neg zero", negZero, 0 * -1, -0 + 0, -0 - 0, Math.round(-0.4), Math.trunc(-0.9), -0 | 0);
console.log("-0 checks", negZero === 0, Object.is(negZero, 0), 1 / negZero, String(negZero), `${negZero}`, (-0).toFixed(2));
console.log("min/max with -0", Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, 0), 0), Math.sign(-0), Math.abs(-0));

// --- 2**31 and 2**53 arithmetic
const MAX = Number.MAX_SAFE_INTEGER;
show("safe ints", MAX, MAX + 1, MAX + 2, MAX + 3, -MAX - 2);
console.log("isSafe", Number.isSafeInteger(MAX), Number.isSafeInteger(MAX + 1), Number.isInteger(2 ** 53 + 0.5), 2 ** 53 === 2 ** 53 + 1);
show("2**31 ops", 2 ** 31, 2 ** 31 * 2, 2 ** 31 + 2 ** 31 | 0, (2 ** 31) % 7, -(2 ** 31) / -1);
show("big products", 2 ** 26 * 2 ** 27, 2 ** 53 / 3, Math.floor(2 ** 53 / 3) * 3, 9007199254740993);
show("epsilon", Number.EPSILON, 1 + Number.EPSILON, 1 + Number.EPSILON / 2, Number.MIN_VALUE, Number.MAX_VALUE);
// a 64-bit energy accumulator held as hi/lo uint32 words
let hi = 0, lo = 0;
for (let i = 0; i < 40; i++) {
  const add = 0xfffffff0 - i * 0x01000000;
  const sum = lo + add;
  lo = sum >>> 0;
  hi = (hi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
}
show("u64 accumulator", hi, lo, hi * 2 ** 32 + lo);

// --- % of negatives and friends
for (const [a, b] of [[7, 3], [-7, 3], [7, -3], [-7, -3], [-0, 5], [5.5, 2], [-5.5, 2], [1, 0], [2 ** 53, 10]]) {
  const r = a % b;
  const mod = ((a % b) + b) % b;
  show(`${a} % ${b}`, r, mod, Math.floor(a / b), Math.trunc(a / b));
}

// --- counters overflowing
const counters = [new WrappingCounter("pulses8", 8), new WrappingCounter("ticks16", 16), new WrappingCounter("cycles32", 32)];
for (const c of counters) {
  for (let i = 0; i < 5; i++) c.add(c.modulus / 3 + 7);
  console.log(c.name, "value", c.value, "wraps", c.wraps, "hex", c.value.toString(16));
}
show("deltas", WrappingCounter.delta(5, 0xfffffffb, 32), WrappingCounter.delta(3, 0xfff0, 16), WrappingCounter.delta(100, 40, 32));
let i32 = 2147483000;
let steps = 0;
while (i32 > 0 && steps < 1000) {
  i32 = (i32 + 100) | 0;
  steps++;
}
show("int32 overflow after", steps, i32, i32 >>> 0);

// --- register packing
const regs = [packRegister(3, 9, -5), packRegister(15, 15, 0x7fffff), packRegister(0, 1, 0x800000), packRegister(16, 0, 1)];
regs.forEach((r, idx) => {
  const { channel, gain, value } = unpackRegister(r);
  console.log(`reg${idx} 0x${r.toString(16).padStart(8, "0")} ch=${channel} gain=${gain} value=${value}`, r | 0);
});

// --- number to string in bases, parse back
const samples = [255, -255, 2 ** 32 - 1, 2 ** 53 - 1, 0.5, -0.1, 1e21];
for (const v of samples) {
  console.log(v, v.toString(2).length, v.toString(16), v.toString(36), parseInt(v.toString(16), 16) === v);
}
console.log(parseInt("ffffffff", 16) | 0, parseInt("-80000000", 16) >> 0, parseInt("0x1F"), Number("0b1011"), Number("0o17"), Number(""), Number(" 12 "));
