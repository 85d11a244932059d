// The Wasm->C translator against V8: every case runs its exports in both and the
// printed results (values, or the kind of trap) must be identical.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { decodeModule } from '../codegen/wasm/decode.js';
import { buildModuleIR, TranslateError } from '../codegen/ir/build.js';
import { tempDir } from './support/host-build.js';
import { CASES } from './support/translator-cases.js';
import { runInV8, runTranslated, wat } from './support/wasm-diff.js';


for (const c of CASES) {
  test(c.name, () => {
    const bytes = wat(c.wat);
    const expected = runInV8(bytes, c.calls);
    const got = runTranslated(bytes, c.calls, tempDir('helix-case-'));
    const diffs = [];
    c.calls.forEach(([name, args], i) => {
      if (got[i] !== expected[i]) diffs.push(`${name}(${args.join(', ')}): V8 ${expected[i]}, C ${got[i]}`);
    });
    assert.equal(diffs, [], `${diffs.length} of ${c.calls.length} calls differ`);
  });
}

test('an instruction the translator does not support fails loudly with its name', () => {
  const bytes = wat('(module (table 1 funcref) (func (export "f") (result i32) (table.size 0)))');
  try {
    buildModuleIR(decodeModule(bytes));
    assert.unreachable('translation should have failed');
  } catch (e) {
    assert.instance(e, TranslateError);
    assert.is(e.opcode, 'table.size');
    assert.match(e.message, /table\.size/);
  }
});

test.run();
