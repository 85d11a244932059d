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

function format(values, flag = []) {
  const r = spawnSync(exe, flag, { input: `${values.map(bitsOf).join('\n')}\n`, maxBuffer: 1 << 28 });
  return r.stdout.toString().split('\n').slice(0, values.length);
}

function expectAllMatch(values, render = String, flag = []) {
  const got = format(values, flag);
  const wrong = [];
  values.forEach((v, i) => {
    if (got[i] !== render(v)) wrong.push(`${render(v)} printed as ${got[i]}`);
  });
  assert.equal(wrong.slice(0, 5), [], `${wrong.length} of ${values.length} differ`);
}

// A deterministic generator, so a failure reproduces.
function* random(seed) {
  let s = seed >>> 0;
  for (;;) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    yield s;
  }
}

test('special values and the boundaries of fixed and exponential notation', () => {
  expectAllMatch([
    0, -0, 1, -1, NaN, Infinity, -Infinity, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, -5e-324,
    Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e21, 999999999999999900000, 1e-6, 1e-7,
    1.5e-7, 123e-20, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 100, 1e20, 123456789012345680000,
    9007199254740993, 0.000001, 1.7976931348623157e308, 5e-7, 9.999999999999999e20, 1e23, 8.41e21, 2 ** -1074 * 3,
  ]);
});

test('console formatting keeps the sign of negative zero', () => {
  assert.equal(format([-0, 0], ['--console']), ['-0', '0']);
});

test('100,000 random bit patterns, decimals and magnitudes match Number::toString', () => {
  const rng = random(0x5eed);
  const values = [];
  for (let i = 0; i < 100000; i++) {
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
  expectAllMatch(values);
});

test.run();
