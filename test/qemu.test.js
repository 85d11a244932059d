// End to end in QEMU on all three ISAs: TypeScript in, firmware out, booted with
// `helix-sdk run`, and compared with what Node prints for the same program.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { buildFirmware } from '../codegen/build.js';
import { loadBoard } from '../sdk/board/load.js';
import { runQemu } from '../sdk/qemu/run.js';
import { outDir, runCli, runUnderNode } from './support/cli.js';
import { tempDir } from './support/host-build.js';
import { APPS, EXAMPLES, FIXTURES, QEMU_BOARDS } from './support/paths.js';

const HELLO = path.join(EXAMPLES, 'hello');
const helloOut = Object.fromEntries(QEMU_BOARDS.map((b) => [b, outDir(`hello-${b}`)]));
const onEveryBoard = (fn) => Promise.all(QEMU_BOARDS.map(fn));
const explain = (board, r) => `${board}: exit ${r.status}\n--- stderr ---\n${r.stderr}\n--- stdout ---\n${r.stdout}`;

test('examples/hello prints byte for byte what Node prints, and exits 0, on every board', async () => {
  const node = await runUnderNode(path.join(HELLO, 'main.ts'));
  assert.is(node.status, 0, node.stderr);
  assert.ok(node.stdout.split('\n').length > 5, 'the example prints several lines');
  const runs = await onEveryBoard((b) => runCli(['run', HELLO, '--board', b, '-o', helloOut[b], '--timeout', '60']));
  runs.forEach((r, i) => {
    assert.is(r.status, 0, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, node.stdout, explain(QEMU_BOARDS[i], r));
  });
});

test('an uncaught error prints "Uncaught Error: ..." after the normal output and exits 1, on every board', async () => {
  const entry = path.join(APPS, 'uncaught', 'main.ts');
  const node = await runUnderNode(entry);
  assert.is(node.status, 1);
  assert.match(node.stderr, 'Error: value 5 is too big');
  const runs = await onEveryBoard((b) => runCli(['run', entry, '--board', b, '-o', outDir(`uncaught-${b}`)]));
  runs.forEach((r, i) => {
    assert.is(r.status, 1, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, `${node.stdout}Uncaught Error: value 5 is too big\n`, explain(QEMU_BOARDS[i], r));
  });
});

test('standard input of `helix-sdk run` is typed into the console UART, on every board', async () => {
  const entry = path.join(APPS, 'readline');
  const runs = await onEveryBoard((b) => runCli(['run', entry, '--board', b, '-o', outDir(`readline-${b}`), '--timeout', '60'],
    { input: 'Ada Lovelace\n' }));
  runs.forEach((r, i) => {
    assert.is(r.status, 0, explain(QEMU_BOARDS[i], r));
    assert.is(r.stdout, 'name?\nhello, Ada Lovelace!\n', explain(QEMU_BOARDS[i], r));
  });
});

test('build prints a size table whose numbers match binutils size on the ELF', async () => {
  const out = helloOut['qemu-mps2-an386'];
  const r = await runCli(['build', HELLO, '--board', 'qemu-mps2-an386', '-o', out]);
  assert.is(r.status, 0, r.stderr);
  const sizeOut = execFileSync('arm-none-eabi-size', [path.join(out, 'hello.elf')], { encoding: 'utf8' });
  const [text, data, bss] = sizeOut.split('\n')[1].trim().split(/\s+/).map(Number);
  const num = (n) => n.toLocaleString('en-US');
  assert.match(r.stdout, `text ${num(text)}  data ${num(data)}  bss ${num(bss)}`);
  // Flash holds code, constants and the initial values of data; RAM holds data and bss.
  assert.match(r.stdout, new RegExp(`flash\\s+${num(text + data)} B\\s+4 MiB`));
  assert.match(r.stdout, new RegExp(`ram\\s+${num(data + bss)} B\\s+4 MiB`));
  // The JavaScript heap arena of this board is 64 KiB, and hello fits in it.
  const sections = execFileSync('arm-none-eabi-size', ['-A', path.join(out, 'hello.elf')], { encoding: 'utf8' });
  const arena = Number(/^\.hx_arena\s+(\d+)/m.exec(sections)?.[1]);
  assert.ok(arena > 0 && arena <= 64 * 1024, `the heap arena is ${arena} bytes, at most 64 KiB`);
  assert.ok(bss >= arena, 'bss includes the heap arena');
  assert.match(r.stdout, 'the JavaScript heap arena 64 KiB');
});

test('after a run, the size table shows the heap high-water mark, and hello stays within its 64 KiB arena', async () => {
  const r = await runCli(['run', HELLO, '--board', 'qemu-mps2-an386', '-o', outDir('hello-heap')]);
  assert.is(r.status, 0, r.stderr);
  const m = /heap high-water mark ([\d,]+) B of the 64 KiB arena \(([\d.]+)%\)/.exec(r.stderr);
  assert.ok(m, `no heap line in:\n${r.stderr}`);
  const used = Number(m[1].replaceAll(',', ''));
  assert.ok(used > 1024 && used <= 64 * 1024, `high-water mark ${used} B`);
  assert.not.match(r.stdout, 'helix;heap', 'the run report is not part of the program output');
});

test('a run that passes its timeout is stopped, said so, and exits 124', async () => {
  const r = await runCli(['run', path.join(APPS, 'forever'), '--board', 'qemu-x86_64', '-o', outDir('forever'), '--timeout', '3']);
  assert.is(r.status, 124);
  assert.match(r.stderr, 'no exit after 3 s; QEMU was stopped');
});

test('exhausting the JavaScript heap arena is a clear out-of-memory fault with exit status 1, on every board', async () => {
  // Each board with its heap cut to 64 KiB (a board file that extends the real one).
  const dir = tempDir('helix-small-heap-');
  const runs = await onEveryBoard((b) => {
    const file = path.join(dir, `${b}-64k.toml`);
    fs.writeFileSync(file, `extends = "${b}"\ndescription = "${b} with a 64 KiB heap"\n[runtime]\nheap = "64K"\n`);
    return runCli(['run', path.join(APPS, 'out-of-memory'), '--board', file, '-o', outDir(`oom-${b}`)]);
  });
  runs.forEach((r, i) => {
    assert.is(r.status, 1, explain(QEMU_BOARDS[i], r));
    assert.match(r.stdout, /^nodes: 0\n/, explain(QEMU_BOARDS[i], r));
    assert.match(r.stdout, /\*\*\* OUT OF MEMORY: could not allocate \d+ bytes in the top level of the program\n/, explain(QEMU_BOARDS[i], r));
    assert.match(r.stdout, 'the heap arena is 65536 bytes', explain(QEMU_BOARDS[i], r));
    assert.match(r.stdout, 'raise `heap` under [runtime] in the board file', explain(QEMU_BOARDS[i], r));
    assert.match(r.stderr, 'heap high-water mark', explain(QEMU_BOARDS[i], r));
  });
});

test('arrays have limits, and reaching one is a clear fault with exit status 1, on every board', async () => {
  // An array outgrows its memory by moving (sdk/kernel/arrays.c); what it cannot do is hold more than its
  // address slot or be created once all ids are taken. A 1 MiB heap so that memory itself does not run out first.
  const dir = tempDir('helix-array-limits-');
  const board = (b) => {
    const file = path.join(dir, `${b}-1m.toml`);
    fs.writeFileSync(file, `extends = "${b}"\ndescription = "${b} with a 1 MiB heap"\n[runtime]\nheap = "1M"\n`);
    return file;
  };
  const runs = await onEveryBoard(async (b) => [
    await runCli(['run', path.join(APPS, 'array-too-long'), '--board', board(b), '-o', outDir(`array-too-long-${b}`)]),
    await runCli(['run', path.join(APPS, 'too-many-arrays'), '--board', board(b), '-o', outDir(`too-many-arrays-${b}`)]),
  ]);
  runs.forEach(([long, many], i) => {
    const b = QEMU_BOARDS[i];
    assert.is(long.status, 1, explain(b, long));
    // the array grew past many moves while the marker allocated after it kept its elements
    assert.match(long.stdout, /^length: 1 marker: 1,2,3\nlength: 5001 marker: 1,2,3\nlength: 10001 marker: 1,2,3\n/, explain(b, long));
    assert.match(long.stdout, /\*\*\* ARRAY TOO LONG: an array can hold at most 14563 elements\n {4}Use a typed array/, explain(b, long));
    assert.is(many.status, 1, explain(b, many));
    assert.match(many.stdout, /^arrays: 0 sum: 1\narrays: 5000 sum: 5001\narrays: 10000 sum: 10001\n/, explain(b, many));
    assert.match(many.stdout, '*** TOO MANY ARRAYS: a program can create at most 14336 arrays (none is freed yet)', explain(b, many));
  });
});

const CRASH_CAUSE = {
  'qemu-mps2-an386': /\*\*\* CRASH: HardFault\n {4}undefined instruction\n {4}pc {2}0x[0-9a-f]{8}\n(.*r0 .*\n)/,
  'qemu-virt-riscv64': /\*\*\* CRASH: illegal instruction\n {4}pc {2}0x[0-9a-f]{16}\n.*mcause 0x0{15}2/,
  'qemu-x86_64': /\*\*\* CRASH: invalid opcode \(#UD\)\n {4}pc {2}0x[0-9a-f]{16}\n.*rax /,
};

test('a CPU fault prints a crash report (cause, faulting pc, registers) and exits 3, on every board', async () => {
  await onEveryBoard(async (name) => {
    const board = loadBoard(name);
    const fw = await buildFirmware({
      board, name: 'crash', appSources: [path.join(FIXTURES, 'c', 'crash-app.c')], outDir: outDir(`crash-${name}`),
    });
    let console = '';
    const r = await runQemu(board, fw.elf, { timeout: 30, onOutput: (c) => { console += c; } });
    assert.is(r.status, 3, `${name}: ${console}${r.stderr}`);
    assert.match(console, CRASH_CAUSE[name], `${name}:\n${console}`);
    assert.match(console, '*** halted, exit status 3');
  });
});

test('console output arrives whole when the host reads it late (QEMU\'s SiFive UART drops what the host cannot take)', async () => {
  const entry = path.join(APPS, 'console-burst', 'main.ts');
  const node = await runUnderNode(entry);
  assert.is(node.status, 0, node.stderr);
  const dir = outDir('console-burst-qemu-sifive-u');
  const built = await runCli(['build', entry, '--board', 'qemu-sifive-u', '-o', dir, '-q']);
  assert.is(built.status, 0, built.stderr);
  let console = '';
  const running = runQemu(loadBoard('qemu-sifive-u'), path.join(dir, 'main.elf'), { timeout: 30, onOutput: (c) => { console += c; } });
  // hold the event loop, as a loaded machine would, while the firmware prints everything
  const until = Date.now() + 1500;
  while (Date.now() < until) { /* busy */ }
  const r = await running;
  assert.is(r.status, 0, r.stderr);
  assert.is(console, node.stdout);
  assert.ok(r.heap, 'the run report (the last bytes of the output) arrived and was read');
});

test.run();
