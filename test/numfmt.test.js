// sdk/kernel/numfmt.c must print every double exactly as JavaScript does.
// The expected strings come from this Node process, at test time.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { hostBuild, tempDir } from './support/host-build.js';

const exe = hostBuild({
  sources: [path.resolve('test/fixtures/c/numfmt-driver.c')],
  kernel: ['numfmt.c'],
  out: path.join(tempDir(), 'numfmt'),
});

const view = new DataView(new ArrayBuffer(8));
const bitsOf = (x) => { view.setFloat64(0, x); return view.getBigUint64(0).toString(16); };

// cases: [mode, value, digits]; the driver answers one line per case.
function format(cases) {
  const input = cases.map(([mode, v, digits = 0]) => `${mode} ${bitsOf(v)} ${digits}`).join('\n');
  const r = spawnSync(exe, { input: `${input}\n`, maxBuffer: 1 << 28 });
  assert.is(r.status, 0, `numfmt driver failed: ${r.stderr}`);
  return r.stdout.toString().split('\n').slice(0, cases.length);
}

const RENDER = {
  s: (v) => String(v),
  c: (v) => (Object.is(v, -0) ? '-0' : String(v)),
  f: (v, d) => v.toFixed(d),
  e: (v, d) => (d < 0 ? v.toExponential() : v.toExponential(d)),
  p: (v, d) => v.toPrecision(d),
};

function expectAllMatch(cases) {
  const got = format(cases);
  const wrong = [];
  cases.forEach(([mode, v, d = 0], i) => {
    const want = RENDER[mode](v, d);
    if (got[i] !== want) wrong.push(`${mode} ${v} ${d}: want ${want}, printed ${got[i]}`);
  });
  assert.equal(wrong.slice(0, 5), [], `${wrong.length} of ${cases.length} differ`);
}

// A deterministic generator, so a failure reproduces.
function* random(seed) {
  let s = seed >>> 0;
  for (;;) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    yield s;
  }
}

const SPECIAL = [
  0, -0, 1, -1, NaN, Infinity, -Infinity, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, -5e-324,
  Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e21, 999999999999999900000, 1e-6, 1e-7,
  1.5e-7, 123e-20, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 100, 1e20, 123456789012345680000,
  9007199254740993, 0.000001, 1.7976931348623157e308, 5e-7, 9.999999999999999e20, 1e23, 8.41e21, 2 ** -1074 * 3,
  0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 8.345, 0.000123456, 123.456, 99.995, 1e-10,
];

function randomValues(count, seed) {
  const rng = random(seed);
  const values = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    if (kind === 0) {
      view.setUint32(0, rng.next().value);
      view.setUint32(4, rng.next().value);
      values.push(view.getFloat64(0));
    } else if (kind === 1) {
      values.push(Number(((rng.next().value / 2 ** 32) * 1000).toFixed(rng.next().value % 6)));
    } else {
      values.push((rng.next().value / 2 ** 32) * 10 ** ((rng.next().value % 640) - 320));
    }
  }
  return values;
}

test('toString: special values and the boundaries of fixed and exponential notation', () => {
  expectAllMatch(SPECIAL.map((v) => ['s', v]));
});

test('console formatting keeps the sign of negative zero', () => {
  assert.equal(format([['c', -0], ['c', 0], ['s', -0]]), ['-0', '0', '0']);
});

test('100,000 random bit patterns, decimals and magnitudes match Number::toString', () => {
  expectAllMatch(randomValues(100000, 0x5eed).map((v) => ['s', v]));
});

test('toFixed, toExponential and toPrecision on special values for every digit count', () => {
  const cases = [];
  for (const v of SPECIAL) {
    if (Math.abs(v) < 1e21) for (let d = 0; d <= 20; d++) cases.push(['f', v, d]);
    for (let d = -1; d <= 20; d++) cases.push(['e', v, d]);
    for (let d = 1; d <= 21; d++) cases.push(['p', v, d]);
  }
  expectAllMatch(cases);
});

test('toFixed, toExponential and toPrecision on 30,000 random values', () => {
  const rng = random(0xf1eed);
  const cases = randomValues(30000, 0xbeef).map((v, i) => {
    const d = rng.next().value % 21;
    if (i % 3 === 0) return Math.abs(v) < 1e21 ? ['f', v, d] : ['e', v, d];
    if (i % 3 === 1) return ['e', v, d];
    return ['p', v, d + 1];
  });
  expectAllMatch(cases);
});

test.run();
