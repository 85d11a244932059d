// Board files: every shipped board loads; `extends` merges; every kind of bad
// board file gives one error naming the file, the line and the key.

import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { BuildError } from '../codegen/diagnostics.js';
import { listBoards, loadBoard } from '../sdk/board/load.js';
import { FIXTURES, QEMU_BOARDS } from './support/paths.js';

const fixture = (name) => path.join(FIXTURES, 'boards', `${name}.toml`);

function loadError(name, { isFixture = true } = {}) {
  try {
    loadBoard(isFixture ? fixture(name) : name);
  } catch (e) {
    assert.instance(e, BuildError);
    return e;
  }
  return assert.unreachable(`${name} should not load`);
}

test('the three QEMU boards load, each with its own ISA; every board file in boards/ loads', () => {
  const targets = QEMU_BOARDS.map((b) => loadBoard(b).target.name);
  assert.equal(targets, ['thumbv7em', 'riscv64', 'x86_64']);
  const boards = listBoards();
  assert.equal(boards.map((b) => b.name), [
    'maixbit-k210', 'nucleo-f411re', 'qemu-mps2-an386', 'qemu-netduinoplus2', 'qemu-sifive-u', 'qemu-virt-riscv64',
    'qemu-x86_64', 'stm32f4-discovery',
  ]);
  for (const b of boards) assert.not.match(b.description, /^\(invalid/, `${b.name}: ${b.description}`);
});

test('real boards have no [qemu] table, set their clocks up, and name their TypeScript board support', () => {
  for (const name of ['nucleo-f411re', 'stm32f4-discovery']) {
    const b = loadBoard(name);
    assert.is(b.qemu, null);
    assert.ok(b.drivers.some((d) => d.endsWith('stm32f4-pll.c')), name);
    assert.ok(b.support.endsWith(`${name}.ts`), name);
  }
  const nucleo = loadBoard('nucleo-f411re');
  assert.is(nucleo.defines.HX_CLOCK_SYSCLK_HZ, 100_000_000);
  assert.is(nucleo.defines.HX_CLOCK_HSE_BYPASS, 1);
  assert.is(loadBoard('qemu-sifive-u').defines.HX_BOOT_HART, 1);
});

test('a board states memory, heap and stack sizes, modules, console, exit and QEMU settings', () => {
  const b = loadBoard('qemu-mps2-an386');
  assert.equal(b.memory.map((r) => [r.name, r.origin, r.length]), [['flash', 0, 4 << 20], ['ram', 0x20000000, 4 << 20]]);
  assert.is(b.runtime.heap, 64 << 10);
  assert.is(b.runtime.stack, 64 << 10);
  assert.is(b.runtime.scheduler, 'dis');
  assert.equal([b.runtime.tasks, b.runtime.taskStack, b.runtime.tickHz], [8, 16 << 10, 1000], 'the defaults');
  assert.is(b.console.base, 0x40004000);
  assert.is(b.exit.method, 'arm-semihosting');
  assert.is(b.qemu.machine, 'mps2-an386');
  assert.is(b.defines.HX_CONSOLE_BASE, 0x40004000);
  assert.ok(b.drivers.every((d) => d.endsWith('.c')));
});

test('extends: a child states only what differs; tables merge and arrays replace', () => {
  const child = loadBoard(fixture('small-heap'));
  const parent = loadBoard('qemu-mps2-an386');
  assert.is(child.runtime.heap, 256 << 10);
  assert.is(child.runtime.stack, parent.runtime.stack);
  assert.is(child.description, 'MPS2 AN386 with a small JavaScript heap');
  assert.equal(child.qemu.args, ['-semihosting-config', 'enable=on,target=native', '-d', 'guest_errors']);
  assert.is(child.qemu.machine, 'mps2-an386');
  assert.equal(child.memory, parent.memory);
});

test('an unknown key names the file, the line and the key, and suggests the right one', () => {
  const e = loadError('unknown-key');
  assert.is(e.file, fixture('unknown-key'));
  assert.is(e.line, 4);
  assert.match(e.message, 'unknown key "console.bsae"');
  assert.match(e.hint, 'did you mean "base"');
});

test('a wrong type names the key, the expected type and the value', () => {
  const e = loadError('wrong-type');
  assert.is(e.line, 5);
  assert.match(e.message, '"timer.hz" must be an integer (got string "fast")');
});

test('a heap larger than 256 MiB is refused with the line: arrays are addressed above it', () => {
  const e = loadError('huge-heap');
  assert.is(e.line, 6);
  assert.match(e.message, '"runtime.heap" is 512M; the JavaScript heap can be at most 256 MiB');
  assert.match(e.hint, 'sdk/kernel/arrays.c');
});

test('a missing table or field is named', () => {
  const e = loadError('missing-field');
  assert.match(e.message, 'missing required key "exit"');
  assert.match(e.hint, 'add a [exit] table');
});

test('malformed TOML gives the line and column of the syntax error', () => {
  const e = loadError('malformed');
  assert.is(e.line, 3);
  assert.ok(e.column >= 1);
  assert.match(e.message, /^malformed TOML/);
  assert.match(e.format(), '> 3 | [cpu');
});

test('an unknown board is one message listing the boards, with a suggestion', () => {
  const e = loadError('qemu-mps2', { isFixture: false });
  assert.match(e.message, 'unknown board "qemu-mps2"');
  assert.match(e.hint, 'did you mean "qemu-mps2-an386"');
});

test('extends loops and unknown drivers or schedulers are caught with the line', () => {
  assert.match(loadError('loop-a').message, 'loops back');
  const d = loadError('bad-driver');
  assert.is(d.line, 4);
  assert.match(d.hint, 'did you mean "cmsdk-uart"');
  const s = loadError('bad-scheduler');
  assert.is(s.line, 4);
  assert.match(s.message, '"runtime.scheduler" must be one of: cooperative, dis (got "edf")');
});

test.run();
