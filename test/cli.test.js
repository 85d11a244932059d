// The CLI's contract with its user: help that teaches, and for every kind of bad
// input one clear message with file:line:col where there is one, a non-zero exit
// status and no stack trace.

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { APPS, FIXTURES } from './support/paths.js';
import { outDir, runCli } from './support/cli.js';
import { tempDir } from './support/host-build.js';

const noStackTrace = (text) => assert.not.match(text, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace was printed');
const emptyPath = { PATH: tempDir('helix-empty-path-') };

test('--help lists the commands with examples', async () => {
  const r = await runCli(['--help']);
  assert.is(r.status, 0);
  for (const cmd of ['build <app>', 'run <app>', 'boards', 'doctor']) assert.match(r.stdout, cmd);
  assert.match(r.stdout, 'Examples:');
});

test('run --help explains every exit status', async () => {
  const r = await runCli(['run', '--help']);
  assert.is(r.status, 0);
  for (const status of ['0 ', '1 ', '2 ', '3 ', '124']) assert.match(r.stdout, `  ${status}`);
});

test('an unknown command or a missing --board is a usage error (exit 2)', async () => {
  const a = await runCli(['frobnicate']);
  assert.is(a.status, 2);
  const b = await runCli(['build', path.join(APPS, 'uncaught')], { env: { HELIX_BOARD: '' } });
  assert.is(b.status, 2);
  assert.match(b.stderr, '--board');
});

test('boards lists every board with its target', async () => {
  const r = await runCli(['boards']);
  assert.is(r.status, 0);
  assert.match(r.stdout, /qemu-mps2-an386\s+thumbv7em/);
  assert.match(r.stdout, /qemu-virt-riscv64\s+riscv64/);
  assert.match(r.stdout, /qemu-x86_64\s+x86_64/);
});

test('a type error fails the build with file:line:col and a code frame', async () => {
  const r = await runCli(['build', path.join(APPS, 'type-error'), '--board', 'qemu-mps2-an386', '-o', outDir('type')]);
  assert.is(r.status, 2);
  assert.match(r.stderr, /test\/fixtures\/apps\/type-error\/main\.ts:4:7: error: Type 'string' is not assignable to type 'number'/);
  assert.match(r.stderr, '> 4 | const count: number = label;');
  assert.match(r.stderr, /\|\s+\^/);
  noStackTrace(r.stderr);
});

test('a construct outside the supported subset is refused with its location and a doc link', async () => {
  const r = await runCli(['build', path.join(APPS, 'unsupported'), '--board', 'qemu-virt-riscv64', '-o', outDir('subset')]);
  assert.is(r.status, 2);
  assert.match(r.stderr, /unsupported\/main\.ts:2:1: error: generator functions are not supported yet/);
  assert.match(r.stderr, 'docs/language.md#generators');
  noStackTrace(r.stderr);
});

test('an unknown board is one message with the known boards', async () => {
  const r = await runCli(['build', path.join(APPS, 'uncaught'), '--board', 'nucleo-f999']);
  assert.is(r.status, 2);
  assert.match(r.stderr, 'error: unknown board "nucleo-f999"');
  assert.match(r.stderr, 'qemu-mps2-an386');
  assert.is(r.stderr.trim().split('\n').length, 2);
  noStackTrace(r.stderr);
});

test('a malformed board file names the file and line', async () => {
  const board = path.join(FIXTURES, 'boards', 'malformed.toml');
  const r = await runCli(['build', path.join(APPS, 'uncaught'), '--board', board]);
  assert.is(r.status, 2);
  assert.match(r.stderr, /boards\/malformed\.toml:3:\d+: error: malformed TOML/);
  noStackTrace(r.stderr);
});

test('a board file that breaks the schema names the file, line and key', async () => {
  const board = path.join(FIXTURES, 'boards', 'unknown-key.toml');
  const r = await runCli(['build', path.join(APPS, 'uncaught'), '--board', board]);
  assert.is(r.status, 2);
  assert.match(r.stderr, /boards\/unknown-key\.toml:4: error: unknown key "console\.bsae"/);
  noStackTrace(r.stderr);
});

test('a missing cross compiler is named, with the command that installs it', async () => {
  const r = await runCli(['build', path.join(APPS, 'uncaught'), '--board', 'qemu-mps2-an386'], { env: emptyPath });
  assert.is(r.status, 2);
  assert.match(r.stderr, 'error: arm-none-eabi-gcc was not found on PATH');
  assert.match(r.stderr, 'apt-get install -y --no-install-recommends gcc-arm-none-eabi');
  noStackTrace(r.stderr);
});

test('doctor reports each tool with its version, or the command that installs it', async () => {
  const ok = await runCli(['doctor']);
  assert.is(ok.status, 0);
  assert.match(ok.stdout, /ok\s+qemu-system-arm\s+QEMU emulator version \d/);
  assert.match(ok.stdout, /ok\s+riscv64-unknown-elf-gcc\s+riscv64-unknown-elf-gcc .*\d+\.\d+/);
  const missing = await runCli(['doctor'], { env: emptyPath });
  assert.is(missing.status, 1);
  assert.match(missing.stdout, /MISSING\s+qemu-system-riscv64/);
  assert.match(missing.stdout, 'install: ');
  assert.match(missing.stdout, 'qemu-system-misc');
});

test.run();
