// console.log through the SDK runtime prints what Node prints, and the program
// never links Porffor's generic printer. Programs run as host executables built
// by the real pipeline and kernel (test/support/host-app.js).

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { compileToC } from '../codegen/build.js';
import { compileToWasm } from '../codegen/porffor.js';
import { decodeModule } from '../codegen/wasm/decode.js';
import { runUnderNode } from './support/cli.js';
import { buildHostApp, runHostApp } from './support/host-app.js';
import { APPS, EXAMPLES } from './support/paths.js';

async function sameAsNode(entry) {
  const node = await runUnderNode(entry);
  const { exe } = await buildHostApp(entry);
  const ours = await runHostApp(exe);
  assert.is(ours.status, node.status, ours.stderr);
  // Node writes console.error/warn to stderr; a device has one console, so compare the union in order-free form
  // only where the program uses them.
  return { node, ours };
}

test('console.log of primitives and printf-style placeholders matches Node byte for byte', async () => {
  const { node, ours } = await sameAsNode(path.join(APPS, 'console-format', 'main.ts'));
  const nodeLines = `${node.stdout}`.split('\n');
  const errLines = node.stderr.split('\n').filter(Boolean);
  // On the device console.warn/error share the UART: they appear where the program printed them.
  const expected = nodeLines.slice(0, -1);
  const infoAt = expected.indexOf('info 1');
  expected.splice(infoAt + 1, 0, ...errLines);
  assert.is(ours.stdout, `${expected.join('\n')}\n`);
});

test('names like exit, abs, puts, memcpy, main and log do not clash with the C library', async () => {
  const { node, ours } = await sameAsNode(path.join(APPS, 'libc-names', 'main.ts'));
  assert.is(ours.stdout, node.stdout);
});

test('console output never pulls in Porffor\'s generic printer (its print imports stay unused)', async () => {
  const { wasm } = await compileToC(path.join(EXAMPLES, 'hello', 'main.ts'));
  const { importNames } = await compileToWasm('');
  const imported = decodeModule(wasm).imports.map((i) => importNames[i.name]);
  assert.ok(imported.includes('__hx_putc'), 'the SDK printer is used');
  assert.not.ok(imported.includes('print') || imported.includes('printChar'), `imports: ${imported.join(', ')}`);
});

test.run();
