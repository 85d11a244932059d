// String -> number (StringToNumber, parseFloat, parseInt) and Number.prototype.toString(radix) in
// sdk/kernel/numfmt.c must give exactly what Node gives. The expected values come from this Node process,
// at test time; the strings are fed to the C code as UTF-16 code units, as the compiled builtins do.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { hostBuild, tempDir } from './support/host-build.js';

const exe = hostBuild({
  sources: [path.resolve('test/fixtures/c/numparse-driver.c')],
  kernel: ['numfmt.c'],
  out: path.join(tempDir(), 'numparse'),
});

const view = new DataView(new ArrayBuffer(8));
const bitsOf = (x) => { view.setFloat64(0, x); return view.getBigUint64(0).toString(16); };
const fromBits = (b) => { view.setBigUint64(0, b); return view.getFloat64(0); };
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');

function run(lines) {
  const r = spawnSync(exe, { input: `${lines.join('\n')}\n`, maxBuffer: 1 << 30 });
  assert.is(r.status, 0, `numparse driver failed: ${r.stderr}`);
  return r.stdout.toString().split('\n').slice(0, lines.length);
}

const show = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 60)}...(${s.length} chars)` : s);

// cases: [kind, string, radix]; kind n = Number(s), f = parseFloat(s), i = parseInt(s, radix)
const EXPECT = {
  n: (s) => Number(s),
  f: (s) => parseFloat(s),
  i: (s, radix) => parseInt(s, radix),
};

function expectParses(cases) {
  const lines = cases.map(([kind, s, radix]) => (kind === 'i' ? `i ${bitsOf(Number(radix))} ${units(s)}` : `${kind} ${units(s)}`));
  const got = run(lines);
  const wrong = [];
  cases.forEach(([kind, s, radix], i) => {
    const want = EXPECT[kind](s, radix);
    if (got[i] !== bitsOf(want)) {
      const printed = got[i] === undefined ? 'nothing' : String(fromBits(BigInt(`0x${got[i]}`)));
      wrong.push(`${kind} ${show(s)}${kind === 'i' ? ` radix ${radix}` : ''}: want ${Object.is(want, -0) ? '-0' : want}, got ${printed}`);
    }
  });
  assert.equal(wrong.slice(0, 6), [], `${wrong.length} of ${cases.length} differ`);
}

const allKinds = (strings, radix) => strings.flatMap((s) => [['n', s], ['f', s], ['i', s, radix]]);

// A deterministic generator, so a failure reproduces.
function random(seed) {
  let s = seed >>> 0;
  const next = () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s;
  };
  const below = (n) => next() % n;
  return { next, below, pick: (list) => list[below(list.length)], chance: (p) => next() / 2 ** 32 < p };
}

const digits = (rng, n, alphabet = '0123456789') => Array.from({ length: n }, () => alphabet[rng.below(alphabet.length)]).join('');

const EDGE = [
  '14.64', '0.86', '20.2', '3.14159265358979', '0.000123456789012', '1.005', '0.1', '0.2', '0.3', '0.30000000000000004',
  '5', '-5', '+5', '  12  ', '\t\n 12 \r\n', '', ' ', '   ', '0x1F', '0X1f', ' 0x1F ', '-0x1F', '+0x1F', '0x', '0x ', '0xg',
  '0b101', '0B101', '0b', '0b2', '0o17', '0O17', '0o', '0o8', '0x1F.5', '0x1Fz', '00012', '-00.5', '0', '-0', '+0',
  '0.0', '-0.0', '-0e5', '0e-5', '.5', '-.5', '+.5', '5.', '-5.', '.', '+.', '-.', '..5', '5..', '.e1', '1.e5',
  '1e', '1e+', '1e-', '1e ', '1e+ ', ' 1.5E-\n', '1e5 ', '1ex', '1E5', '1e+5', '1e-5', '1e5x', '1x', 'e5', '+', '-', '++1', '+-1', '- 1', '1_000', '1,000',
  '1 000', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'INFINITY', 'Infinit', 'Infinityx', 'Infinity ',
  ' -Infinity ', 'NaN', '-NaN', 'inf', '1e400', '-1e400', '1e-400', '-1e-400', '1e308', '1.8e308', '1.7976931348623157e308',
  '1.7976931348623158e308', '1.7976931348623159e308', '2.2250738585072014e-308', '2.2250738585072011e-308',
  '4.9406564584124654e-324', '5e-324', '3e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1e-323',
  '9007199254740992', '9007199254740993', '9007199254740994', '9007199254740995', '18014398509481985',
  '123456789012345678901234567890', '1e23', '8.41e21', '7.3177701707893310e+15', '1e22', '1e-22', '123456789012345e22',
  '12345e30', '1234567890123456e-20', '0.000001', '1e-7', '1e1000000000', '1e-1000000000', '1e99999999999999999999',
  '0.' + '0'.repeat(400) + '1e400', '1' + '0'.repeat(400) + 'e-400', '0x' + 'f'.repeat(300), '0b' + '1'.repeat(60),
  '0b' + '1'.repeat(53), '0b' + '1'.repeat(54), '0x20000000000001', '0x20000000000003', '0x20000000000001000000001',
  '0o' + '7'.repeat(400), '1' + '0'.repeat(310), '1' + '0'.repeat(308), '17976931348623158' + '0'.repeat(292),
  '\u00a0 7\ufeff', '\u2028 8 \u3000', '\u1680 9 \u2029', '\u180e 1', '\u200b1', '１', '١', '7\u0000', 'z', 'zz',
];

test('StringToNumber, parseFloat and parseInt on edge cases', () => {
  expectParses(allKinds(EDGE));
});

test('every UTF-16 code unit before and after a number: white space, or the end of it', () => {
  const strings = [];
  for (let c = 0; c < 0x10000; c++) strings.push(`${String.fromCharCode(c)}1${String.fromCharCode(c)}`);
  expectParses(allKinds(strings));
});

function randomDecimal(rng) {
  let s = '';
  if (rng.chance(0.2)) s += rng.pick([' ', '\t', '\n', '\u00a0', '  ']);
  if (rng.chance(0.3)) s += rng.pick(['+', '-']);
  if (rng.chance(0.1)) s += '0'.repeat(1 + rng.below(5));
  const intLen = rng.pick([0, 1, 1, 2, 3, 5, 8, 15, 16, 17, 18, 20, 25, 40, rng.below(120)]);
  const fracLen = rng.pick([0, 0, 1, 2, 3, 6, 10, 15, 16, 17, 20, 30, rng.below(120)]);
  const int = digits(rng, intLen);
  const frac = digits(rng, fracLen);
  s += int;
  if (fracLen || rng.chance(0.3)) s += `.${frac}`;
  if (rng.chance(0.5)) {
    s += rng.pick(['e', 'E']) + rng.pick(['', '+', '-']);
    s += String(rng.pick([rng.below(10), rng.below(30), rng.below(330), rng.below(400), 300 + rng.below(30), 22]));
  }
  if (rng.chance(0.2)) s += rng.pick([' ', '\n', 'x', '.', 'e', '5e', ' 1', '\u3000']);
  return s;
}

test('60,000 random decimal strings: digits, signs, points, exponents, white space and junk', () => {
  const rng = random(0x5eed);
  const strings = Array.from({ length: 60000 }, () => randomDecimal(rng));
  expectParses(strings.flatMap((s) => [['n', s], ['f', s]]));
});

test('20,000 random strings of 17 to 25 significant digits across the whole exponent range', () => {
  const rng = random(0xd1617);
  const strings = Array.from({ length: 20000 }, () => {
    const d = digits(rng, 17 + rng.below(9));
    return `${d[0] === '0' ? '1' : d[0]}.${d.slice(1)}e${rng.below(650) - 330}`;
  });
  expectParses(strings.flatMap((s) => [['n', s], ['f', s]]));
});

test('20,000 strings of up to 15 digits with exponents around the exact fast path (10^-22 .. 10^37)', () => {
  const rng = random(0xfa57);
  const strings = Array.from({ length: 20000 }, () => {
    const n = 1 + rng.below(15);
    return `${digits(rng, n, '123456789')}e${rng.below(70) - 30}`;
  });
  expectParses(strings.flatMap((s) => [['n', s], ['f', s]]));
});

test('800-digit and longer numbers', () => {
  const rng = random(0x800);
  const strings = [];
  for (let i = 0; i < 600; i++) {
    const d = digits(rng, 700 + rng.below(400));
    const point = rng.below(d.length);
    strings.push(`${d.slice(0, point)}.${d.slice(point)}e${rng.below(1400) - 1000}`);
    strings.push(`0.${'0'.repeat(rng.below(400))}${d}`);
    strings.push(d.slice(0, 300 + rng.below(20)));
  }
  expectParses(strings.flatMap((s) => [['n', s], ['f', s], ['i', s]]));
});

// The exact decimal value of M * 2^E (BigInt M, integer E) as a literal.
function exactDecimal(M, E) {
  if (E >= 0) return (M << BigInt(E)).toString();
  return `${M * 5n ** BigInt(-E)}e-${-E}`;
}

// The exact halfway point between a finite positive double (bits) and the next one up, as [digits, exponent].
function halfwayAbove(bits) {
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e;
  if (biased === 0) e = -1074;
  else { m |= 1n << 52n; e = biased - 1075; }
  const M = 2n * m + 1n;
  const E = e - 1;
  return E >= 0 ? [(M << BigInt(E)).toString(), 0] : [(M * 5n ** BigInt(-E)).toString(), E];
}

test('exact halfway points between doubles, and strings a hair above and below them', () => {
  const rng = random(0x4a1f);
  const strings = [];
  for (let i = 0; i < 3000; i++) {
    let bits;
    const kind = i % 4;
    if (kind === 0) bits = (BigInt(rng.next()) << 32n | BigInt(rng.next())) & 0x7fefffffffffffffn; // any finite
    else if (kind === 1) bits = BigInt(rng.next()) << 20n | BigInt(rng.next() & 0xfffff); // subnormal
    else if (kind === 2) bits = BigInt(1023 + rng.below(60) - 30) << 52n | (BigInt(rng.next()) << 20n); // near 1
    else bits = BigInt(0x7fe - rng.below(3)) << 52n | (BigInt(rng.next()) << 20n | BigInt(rng.next() & 0xfffff)); // huge
    const [d, e] = halfwayAbove(bits);
    strings.push(`${d}e${e}`);
    const k = rng.pick([1, 5, 20, 400, 800 - d.length, 850 - d.length].filter((x) => x > 0));
    strings.push(`${d}${'0'.repeat(k)}1e${e - k - 1}`); // a hair above
    const below = (BigInt(d) * 10n ** BigInt(k) - 1n).toString();
    strings.push(`${below}e${e - k}`); // a hair below
    strings.push(`${d.slice(0, 17)}e${e + d.length - 17}`); // the first 17 digits
  }
  strings.push(exactDecimal(1n, -1075), exactDecimal(3n, -1075), exactDecimal((1n << 54n) - 1n, 970));
  expectParses(strings.flatMap((s) => [['n', s], ['f', s]]));
});

test('binary, octal and hexadecimal literals of every length', () => {
  const rng = random(0xb1);
  const strings = [];
  for (let i = 0; i < 6000; i++) {
    const [prefix, alphabet] = rng.pick([['0b', '01'], ['0B', '01'], ['0o', '01234567'], ['0O', '01234567'], ['0x', '0123456789abcdef'], ['0X', '0123456789ABCDEFabcdef']]);
    const n = rng.pick([1, 2, 13, 14, 15, 16, 17, 18, 19, 20, 53, 54, 55, 60, 64, rng.below(300), 256 + rng.below(20)]);
    let s = prefix + digits(rng, n, alphabet);
    if (rng.chance(0.1)) s = ` ${s}\n`;
    if (rng.chance(0.05)) s += rng.pick(['g', '2', '8', '.', ' x']);
    strings.push(s);
  }
  // rounding ties at bit 53: ...1000 and ...10001
  for (let k = 1; k < 40; k++) strings.push(`0b1${'0'.repeat(52)}1${'0'.repeat(k)}`, `0b1${'0'.repeat(51)}11${'0'.repeat(k)}`, `0b1${'0'.repeat(52)}1${'0'.repeat(k)}1`);
  expectParses(strings.flatMap((s) => [['n', s], ['f', s], ['i', s]]));
});

test('parseInt in every radix, with prefixes, signs, junk and huge values', () => {
  const rng = random(0x1e7);
  const ALPHA = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const cases = [];
  const radixes = [undefined, 0, ...Array.from({ length: 35 }, (_, i) => i + 2), 1, 37, -1, 2.9, 16.5, NaN, Infinity,
    -Infinity, 4294967312, -4294967294, 2 ** 53 + 16, -0];
  for (let i = 0; i < 40000; i++) {
    const radix = i < radixes.length * 20 ? radixes[i % radixes.length] : rng.pick(radixes);
    let s = '';
    if (rng.chance(0.2)) s += rng.pick([' ', '\t', '\u00a0', '\ufeff']);
    if (rng.chance(0.3)) s += rng.pick(['+', '-']);
    if (rng.chance(0.15)) s += rng.pick(['0x', '0X', '0', '00', '0b']);
    const r = radix >= 2 && radix <= 36 ? Math.trunc(radix) : 36;
    const n = rng.pick([0, 1, 2, 5, 6, 7, 10, 12, 15, 20, 30, 50, 100, rng.below(400), 1100]);
    s += digits(rng, n, ALPHA.slice(0, Math.min(36, r + 1)) + (rng.chance(0.5) ? ALPHA.slice(36) : ''));
    if (rng.chance(0.1)) s += rng.pick(['.5', 'e3', ' 1', 'z', '_1']);
    cases.push(['i', s, radix]);
  }
  expectParses(cases);
});

test('toString(radix) for every radix on special values', () => {
  const values = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, 0.1, -0.1, 1 / 3, Math.PI, 65535, 255.5, -255.5, 2 ** 52,
    2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e21, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308,
    123.456e-100, 0.999999999999, 35.99999999999999, 2 ** 52 - 0.5, 4503599627370495.5, 1e-7, 12345.6789];
  const cases = [];
  for (const v of values) for (let r = 2; r <= 36; r++) if (r !== 10) cases.push([r, v]);
  expectRadix(cases);
});

function expectRadix(cases) {
  const got = run(cases.map(([r, v]) => `r ${r} ${bitsOf(v)}`));
  const wrong = [];
  cases.forEach(([r, v], i) => {
    const want = v.toString(r);
    if (got[i] !== want) wrong.push(`(${v}).toString(${r}): want ${show(want)}, got ${show(got[i] ?? '')}`);
  });
  assert.equal(wrong.slice(0, 6), [], `${wrong.length} of ${cases.length} differ`);
}

test('toString(radix) on 60,000 random doubles in every radix', () => {
  const rng = random(0x7ad1);
  const cases = [];
  for (let i = 0; i < 60000; i++) {
    let v;
    const kind = i % 5;
    if (kind === 0) v = fromBits(BigInt(rng.next()) << 32n | BigInt(rng.next()));
    else if (kind === 1) v = rng.next() * (rng.chance(0.5) ? 1 : -1);
    else if (kind === 2) v = (rng.next() / 2 ** 32) * 1000;
    else if (kind === 3) v = (rng.next() / 2 ** 32) * 10 ** (rng.below(80) - 40);
    else v = rng.next() * 2 ** 21 + rng.next() / 2 ** 32;
    if (Number.isNaN(v)) v = rng.next();
    let r = 2 + (i % 35);
    if (r === 10) r = 36;
    cases.push([r, v]);
  }
  expectRadix(cases);
});

test.run();
