#!/usr/bin/env node
// npm run bench: code size and speed of compiled TypeScript against hand-written C
// baselines built and measured in the same run, on every QEMU board. Speed is
// measured in guest instructions: QEMU runs with -icount, so every instruction
// advances virtual time by exactly 2^shift ns and the result is deterministic.
// Then flashing throughput against stm32flash (bench/flash.js). Writes docs/benchmarks.md.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildApp, buildFirmware } from '../codegen/build.js';
import { loadBoard } from '../sdk/board/load.js';
import { runQemu } from '../sdk/qemu/run.js';
import { flashBench, flashSection, markdownTable } from './flash.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BOARDS = ['qemu-mps2-an386', 'qemu-virt-riscv64', 'qemu-x86_64'];
const KERNELS = [
  { name: 'fib(22)', ts: 'bench/ts/fib.ts', c: 'bench/c/fib.c', what: 'recursive calls, double arithmetic' },
  { name: 'sieve(20000)', ts: 'bench/ts/sieve.ts', c: 'bench/c/sieve.c', what: 'loops, Uint8Array access' },
  { name: 'list(2000)', ts: 'bench/ts/list.ts', c: 'bench/c/list.c', what: 'push onto a plain number[] and read it back four times (a relocatable array: every access takes the memory slow path)' },
];
// Thread-Metric-style tests (bench/thread-metric/): TypeScript and the same loops in C, on one board.
const TM_BOARD = 'qemu-mps2-an386';
const TM_TESTS = [
  { file: 'basic', what: '1024 words read, added, xor-ed and written back per count; no kernel calls' },
  { file: 'cooperative', scheduler: 'cooperative', what: 'five tasks of one class yielding in turn; one count per yield' },
  { file: 'preemptive', what: 'a chain of five tasks woken by semaphores, one preemption and five switches per five counts' },
  { file: 'message', what: 'send and receive one 4-number message on a channel' },
  { file: 'sync', what: 'take and give an uncontended semaphore' },
  { file: 'memory', what: 'allocate and free one 128-byte pool block, with the pool empty and with 15 of 16 blocks held' },
  { file: 'interrupt', what: 'raise the software interrupt, whose C handler gives a semaphore, and take it; no switch' },
  { file: 'interrupt-preemption', what: 'the interrupt wakes an Interactive task that preempts the raising Batch task: two switches per count' },
  { file: 'registers', what: 'typed register access: a read, then a write, of a device register (the FPGA I/O LED register), eight per loop' },
  { file: 'interrupt-latency', what: 'a device interrupt line asserted (set pending in the NVIC) to the first instruction of its RealTime handler task: the latency itself, not a loop' },
];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-bench-'));

const say = (s) => process.stderr.write(`${s}\n`);
const num = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (a, b) => `${(a / b).toFixed(1)}x`;

async function buildTs(board, file, label) {
  return buildApp({ input: path.join(ROOT, file), board, outDir: path.join(work, `${label}-${board}`) });
}

async function buildC(board, file, label) {
  return buildFirmware({
    board: loadBoard(board), name: label, appSources: [path.join(ROOT, file)], outDir: path.join(work, `${label}-c-${board}`),
  });
}

/** Run once; return the printed result ("fib 17711") and the elapsed guest instructions. */
async function measureRun(fw) {
  let out = '';
  const r = await runQemu(fw.board, fw.elf, { timeout: 300, onOutput: (c) => { out += c; } });
  if (r.status !== 0) throw new Error(`${fw.name} on ${fw.board.name} exited ${r.status}: ${out}${r.note ?? ''}`);
  const m = /^(\w+ \S+) ms (\S+)/m.exec(out);
  if (!m || !Number.isFinite(Number(m[2]))) throw new Error(`no result and timing in output of ${fw.name}: ${out}`);
  return { result: m[1], instructions: (Number(m[2]) * 1e6) / 2 ** fw.board.qemu.icount_shift };
}

const sizeOf = (fw) => fw.size.text + fw.size.data;

/**
 * RAM in use at the end of a run: data and bss without the heap arena, plus the
 * heap's high-water mark as the firmware reported it (0 for C, which never
 * allocates from the arena).
 */
async function ramInUse(fw) {
  let out = '';
  const r = await runQemu(fw.board, fw.elf, { timeout: 300, onOutput: (c) => { out += c; } });
  if (r.status !== 0) throw new Error(`${fw.name} on ${fw.board.name} exited ${r.status}: ${out}${r.note ?? ''}`);
  return { ram: fw.size.data + fw.size.bss - fw.size.heap + (r.heap?.used ?? 0), heap: r.heap?.used ?? 0, arena: fw.size.heap };
}

const rows = { size: [], speed: [], ram: [] };
for (const board of BOARDS) {
  say(`${board}: code size`);
  const [ts, c] = await Promise.all([buildTs(board, 'examples/hello', 'hello'), buildC(board, 'bench/c/hello.c', 'hello')]);
  rows.size.push([board, num(sizeOf(ts)), num(sizeOf(c)), ratio(sizeOf(ts), sizeOf(c))]);
  say(`${board}: RAM`);
  const tsRam = await ramInUse(ts);
  const cRam = await ramInUse(c);
  rows.ram.push([board, num(tsRam.heap), num(tsRam.arena), num(tsRam.ram), num(cRam.ram), ratio(tsRam.ram, cRam.ram)]);
  for (const k of KERNELS) {
    say(`${board}: ${k.name}`);
    const [tsFw, cFw] = await Promise.all([buildTs(board, k.ts, path.basename(k.ts, '.ts')), buildC(board, k.c, path.basename(k.c, '.c'))]);
    const tsRun = await measureRun(tsFw);
    const cRun = await measureRun(cFw);
    if (tsRun.result !== cRun.result) throw new Error(`${k.name} on ${board}: TypeScript printed "${tsRun.result}", C "${cRun.result}"`);
    rows.speed.push([board, k.name, num(tsRun.instructions), num(cRun.instructions), ratio(tsRun.instructions, cRun.instructions)]);
  }
}

/** Every "<test> <count> ms <elapsed>" line of a run, as guest instructions per count. */
async function perOperation(fw) {
  let out = '';
  const r = await runQemu(fw.board, fw.elf, { timeout: 300, onOutput: (c) => { out += c; } });
  if (r.status !== 0) throw new Error(`${fw.name} on ${fw.board.name} exited ${r.status}: ${out}${r.note ?? ''}`);
  const found = [...out.matchAll(/^([\w-]+) (\d+) ms (\S+)$/gm)];
  if (!found.length) throw new Error(`no Thread-Metric report in the output of ${fw.name}: ${out}`);
  return found.map((m) => ({ test: m[1], perOp: (Number(m[3]) * 1e6) / 2 ** fw.board.qemu.icount_shift / Number(m[2]) }));
}

rows.tm = [];
for (const t of TM_TESTS) {
  say(`${TM_BOARD}: Thread-Metric ${t.file}`);
  const base = loadBoard(TM_BOARD);
  const board = t.scheduler ? { ...base, runtime: { ...base.runtime, scheduler: t.scheduler } } : base;
  const [tsFw, cFw] = await Promise.all([
    buildApp({ input: path.join(ROOT, 'bench/thread-metric', `${t.file}.ts`), board: TM_BOARD, scheduler: t.scheduler,
      outDir: path.join(work, `tm-${t.file}`) }),
    buildFirmware({ board, name: `tm-${t.file}`, appSources: [path.join(ROOT, 'bench/thread-metric/c', `${t.file}.c`)],
      outDir: path.join(work, `tm-${t.file}-c`) }),
  ]);
  const [ts, c] = [await perOperation(tsFw), await perOperation(cFw)];
  for (const r of ts) {
    const cr = c.find((x) => x.test === r.test);
    if (!cr) throw new Error(`the C baseline of ${t.file} reported no "${r.test}"`);
    rows.tm.push([r.test, `${board.runtime.scheduler}`, num(r.perOp), num(cr.perOp), ratio(r.perOp, cr.perOp)]);
  }
}

const flashResult = await flashBench(say);

function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || (i === 1 && head.length === 5) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const sizeTable = table(['Board', 'TypeScript (B)', 'C baseline (B)', 'Ratio'], rows.size);
const speedTable = table(['Board', 'Kernel', 'TypeScript (instr.)', 'C baseline (instr.)', 'Ratio'], rows.speed);
const tmTable = table(['Test', 'Scheduler', 'TypeScript (instr./op)', 'C baseline (instr./op)', 'Ratio'], rows.tm);
const ramTable = table(['Board', 'Heap high-water (B)', 'Arena (B)', 'TypeScript RAM (B)', 'C baseline RAM (B)', 'Ratio'], rows.ram);
process.stdout.write(`\nFlash image (text + data) of examples/hello\n${sizeTable}\n\nRAM in use by examples/hello\n${ramTable}\n` +
  `\nRun time in guest instructions\n${speedTable}\n\nThread-Metric-style tests on ${TM_BOARD} (guest instructions per operation)\n${tmTable}\n`);

const md = `# Benchmarks

Produced by \`npm run bench\` (\`bench/run.js\`) on ${new Date().toISOString().slice(0, 10)}. Every figure is measured
in the same run against a hand-written C baseline linked with the same kernel, startup code and compiler flags.

## Code size

Flash image (ELF \`text\` + \`data\`, bytes) of \`examples/hello\` against \`bench/c/hello.c\`, which prints the same
lines with the kernel's console functions.

${sizeTable}

## RAM

RAM in use at the end of a run of \`examples/hello\`: data and bss without the heap arena (the stack included),
plus the JavaScript heap's high-water mark as the firmware reports it on exit (static data and every allocation;
nothing is freed yet). The C baseline allocates nothing from the arena.

${ramTable}

## Speed

Guest instructions between two reads of the board timer, under QEMU \`-icount\` (virtual time is
instruction count × 2^shift ns, so figures are exact and repeat run to run). TypeScript: \`bench/ts/*.ts\`;
C: \`bench/c/*.c\` (\`int32_t\` and \`uint8_t\` arithmetic, as a C programmer writes it).

${speedTable}

${KERNELS.map((k) => `* ${k.name}: ${k.what}.`).join('\n')}

Every JavaScript number is a double and Porffor's Wasm passes a type tag with each value, so on the Cortex-M4
(single-precision FPU only) arithmetic goes through soft-float routines; RV64GC and x86_64 have double-precision
hardware. Keeping provably-integer values in integer registers is the translator's next optimisation pass.

## Kernel: Thread-Metric-style tests

Each test runs its loop for 200 ms of virtual time on ${TM_BOARD} under \`-icount\` and reports how many
operations it completed; the table gives guest instructions per operation. TypeScript: \`bench/thread-metric/*.ts\`
(the SDK's task, sync and pool APIs); C: \`bench/thread-metric/c/*.c\`, the same loops against the kernel's C API,
linked with the same kernel and scheduler. The interrupt and interrupt-preemption tests use the CPU's software
interrupt (SVC, the CLINT software interrupt, \`int 0x31\`) with a C handler that gives a semaphore; the
interrupt-latency test asserts a device line through the NVIC, whose controller driver releases a job of the
line's RealTime handler task (\`onInterrupt\` in TypeScript, the same kernel path in C). TypeScript never runs in
interrupt context. The registers rows are typed register accesses (\`sdk/api/registers.ts\`) against volatile
pointer accesses in C; on this soft-float Cortex-M4 the TypeScript cost is the double conversions around the call.

${tmTable}

${TM_TESTS.map((t) => `* ${t.file}: ${t.what}.`).join('\n')}

The memory rows show the pool's cost does not depend on how full it is. Preemption points are compiled only into
programs that declare tasks on a preemptive board, so the Speed table above is unaffected by them.

${flashSection(flashResult, markdownTable)}`;
fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
say('wrote docs/benchmarks.md');
fs.rmSync(work, { recursive: true, force: true });
