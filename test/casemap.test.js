// sdk/kernel/casemap.c must map every code point as this Node's toUpperCase and
// toLowerCase do (single code points; the final sigma is context-dependent and
// covered by the corpus program strings/case-mapping).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { hostBuild, tempDir } from './support/host-build.js';

const exe = hostBuild({
  sources: [path.resolve('test/fixtures/c/casemap-driver.c')],
  kernel: ['casemap.c'],
  out: path.join(tempDir(), 'casemap'),
});

function nodeMappings() {
  const lines = [];
  for (const [tag, map] of [['u', (s) => s.toUpperCase()], ['l', (s) => s.toLowerCase()]]) {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const m = map(s);
      if (m !== s) lines.push(`${tag} ${cp.toString(16)} ${[...m].map((c) => c.codePointAt(0).toString(16)).join(' ')}`);
    }
  }
  return lines;
}

test('every code point upper- and lower-cases as in Node', () => {
  const r = spawnSync(exe, { maxBuffer: 1 << 26 });
  assert.is(r.status, 0, String(r.stderr));
  const got = r.stdout.toString().trim().split('\n');
  const want = nodeMappings();
  const wrong = want.filter((line, i) => got[i] !== line).slice(0, 5);
  assert.equal(wrong, [], `first mismatches (of ${want.length} mappings)`);
  assert.is(got.length, want.length);
});

test.run();
