// Where the fuzzer runs programs: Node (the oracle), the host build (the same C
// with the real kernel as a Linux executable; kernel objects compiled once per
// process) and the QEMU boards (buildFirmware + runQemu, as the corpus does).

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { buildFirmware, compileToC } from '../../codegen/build.js';
import { limiter } from '../../codegen/toolchain.js';
import { loadBoard } from '../../sdk/board/load.js';
import { runQemu } from '../../sdk/qemu/run.js';
import { heapUse, runReportFilter } from '../../sdk/qemu/run-report.js';
import { KERNEL_DIR, TARGETS_DIR } from '../../sdk/paths.js';
import { bundle } from '../../codegen/bundle.js';
import { runProcess } from '../../test/support/cli.js';
import { hostLibm } from '../../test/support/host-app.js';
import { TEST_DIR } from '../../test/support/paths.js';

export const HOST = 'host';
export const QEMU_BOARDS = ['qemu-mps2-an386', 'qemu-virt-riscv64', 'qemu-x86_64'];

/** Arenas for fuzz runs: a batch allocates for all its programs, and nothing is freed. */
const FUZZ_HEAP = { host: 32 << 20, 'qemu-mps2-an386': 3 << 20, default: 16 << 20 };

/** At most two compilers, emulators or Node processes at once (the machine has two cores). */
export const cpuGate = limiter(Math.max(1, Math.min(2, os.cpus().length)));

let workRoot = null;
/** The fuzzer's scratch directory (removed when the process exits unless HELIX_FUZZ_KEEP_WORK is set). */
export function workDir(sub = '') {
  if (!workRoot) {
    workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-fuzz-'));
    if (!process.env.HELIX_FUZZ_KEEP_WORK) process.on('exit', () => fs.rmSync(workRoot, { recursive: true, force: true }));
  }
  const dir = path.join(workRoot, sub);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

let fileCounter = 0;
/** Write a TypeScript source to a fresh file; returns its path. */
export function writeSource(source, tag = 'p') {
  const dir = workDir(`src/${tag}-${++fileCounter}`);
  const file = path.join(dir, 'main.ts');
  fs.writeFileSync(file, source);
  return file;
}

/**
 * What Node prints for a program: stdout, and for an uncaught Error the line the firmware prints.
 * The bundle runs as runUnderNode (test/support/cli.js) runs it, with the console's input (readLine
 * from "helix-sdk") given by `input`.
 * @returns {Promise<{ stdout: string, status: number|string, stderr: string }>}
 */
export async function runNode(entry, { timeout = 60, input = '0\n' } = {}) {
  const js = await bundle(entry, { forNode: true });
  const file = path.join(path.dirname(entry), 'app.mjs');
  const bytes = JSON.stringify([...Buffer.from(input, 'latin1')]);
  fs.writeFileSync(file, `globalThis.__hx_read_byte = ((b, k) => () => b[k++] ?? 10)(${bytes}, 0);\n${js}`);
  // No colours: the test runner sets FORCE_COLOR, which would make Node colour numbers.
  const r = await cpuGate(() => runProcess(process.execPath, [file], { timeout, env: { FORCE_COLOR: undefined, NO_COLOR: '1' } }));
  let stdout = r.stdout;
  if (r.status !== 0) {
    const thrown = /^(\w*Error)(?:: (.*))?$/m.exec(r.stderr);
    stdout += thrown ? `Uncaught ${thrown[1]}${thrown[2] ? `: ${thrown[2]}` : ''}\n` : '';
  }
  return { stdout, status: typeof r.status === 'string' ? 124 : r.status, stderr: r.stderr };
}

function gcc(args) {
  return new Promise((resolve, reject) => {
    execFile('gcc', args, { maxBuffer: 64 << 20 }, (err, _out, stderr) => (err ? reject(new Error(`gcc failed: ${stderr.slice(0, 2000)}`)) : resolve()));
  });
}

const STDBUF = ['/usr/bin/stdbuf', '/bin/stdbuf'].find((f) => fs.existsSync(f)) ?? null;

const HOST_KERNEL = ['wasm_rt.c', 'console.c', 'numfmt.c', 'crash.c', 'main.c', 'host.c', 'idle.c', 'jsmath.c', 'casemap.c', 'heap.c',
  'arrays.c', 'exit.c', 'task.c', 'task_host.c', 'task_report.c', 'sched/cooperative.c', 'sync.c', 'sync_host.c', 'pool.c',
  'pool_host.c', 'interrupt.c', 'interrupt_host.c', 'mmio_host.c'];

/**
 * The host "board": test/support/host-app.js's build (same kernel files, port and flags), with the
 * kernel objects compiled once and only the program's C compiled per run.
 */
export class HostTarget {
  constructor({ opt = '-O1', heap = FUZZ_HEAP.host, timeout = 30 } = {}) {
    this.name = HOST;
    this.opt = opt;
    this.timeout = timeout;
    this.defines = { HX_ARENA_BYTES: heap, HX_TIMER_HZ: 1000000000, HX_HOSTED: 1 };
    this.objects = null;
  }

  dispose(handle) {
    fs.rmSync(handle.dir, { recursive: true, force: true });
  }

  flags() {
    return ['-std=gnu11', '-fno-math-errno', '-w', `-I${KERNEL_DIR}`, ...Object.entries(this.defines).map(([k, v]) => `-D${k}=${v}`)];
  }

  kernelObjects() {
    if (!this.objects) {
      const dir = workDir('host-kernel');
      const sources = [path.join(TEST_DIR, 'support', 'host-port.c'), path.join(TARGETS_DIR, 'x86_64', 'context.c'),
        ...HOST_KERNEL.map((f) => path.join(KERNEL_DIR, f)), path.join(TARGETS_DIR, 'x86_64', 'setjmp.S')];
      this.objects = Promise.all([
        ...sources.map((src, i) => {
          const out = path.join(dir, `${i}-${path.basename(src).replace(/\W/g, '_')}.o`);
          return cpuGate(() => gcc([...this.flags(), '-O1', '-g', '-c', src, '-o', out])).then(() => out);
        }),
        hostLibm(),
      ]).then((all) => all.flat());
    }
    return this.objects;
  }

  /** Build the program's C; resolves to a runnable handle. Throws on a C compile or link failure. */
  async build(c, tag) {
    const objects = await this.kernelObjects();
    const dir = workDir(`host/${tag}`);
    const src = path.join(dir, 'app.c');
    const obj = path.join(dir, 'app.o');
    const exe = path.join(dir, 'app');
    fs.writeFileSync(src, c);
    await cpuGate(async () => {
      await gcc([...this.flags(), this.opt, '-c', src, '-o', obj]);
      await gcc([obj, ...objects, '-Wl,-z,noexecstack', '-o', exe, '-lm']);
    });
    return { exe, dir };
  }

  async run(handle, { timeout = this.timeout, input = '0\n' } = {}) {
    // line-buffered: a program that hangs and is killed keeps the output it printed (the batch finds the culprit)
    const r = await cpuGate(() => (STDBUF ? runProcess(STDBUF, ['-oL', handle.exe], { timeout, input }) : runProcess(handle.exe, [], { timeout, input })));
    const parts = [];
    const filter = runReportFilter((chunk) => parts.push(chunk));
    filter.write(Buffer.from(r.stdoutBytes));
    filter.end();
    const timedOut = typeof r.status === 'string';
    return { stdout: Buffer.concat(parts).toString('utf8'), status: timedOut ? 124 : r.status, timedOut, heap: heapUse(filter.report()) };
  }
}

/** A QEMU board, with a larger arena than the board's own (a batch holds many programs; see FUZZ_HEAP). */
export class QemuTarget {
  constructor(boardName, { opt, timeout = 120 } = {}) {
    this.name = boardName;
    this.opt = opt; // undefined: the board's own flags
    this.timeout = timeout;
    const heap = FUZZ_HEAP[boardName] ?? FUZZ_HEAP.default;
    const dir = workDir('boards');
    const file = path.join(dir, `${boardName}-fuzz.toml`);
    fs.writeFileSync(file, `extends = "${boardName}"\n[runtime]\nheap = "${heap >> 10}K"\n`);
    this.board = loadBoard(file);
    this.board.name = boardName;
    this.slots = [0, 1].map((i) => ({ busy: false, dir: workDir(`fw/${boardName}-${i}`) }));
  }

  async build(c, tag) {
    const slot = await this.takeSlot();
    try {
      const src = path.join(slot.dir, `${tag}.c`);
      fs.writeFileSync(src, c);
      const fw = await cpuGate(() => buildFirmware({ board: this.board, name: 'fuzz', appSources: [src], outDir: slot.dir,
        appDebugInfo: false, appOptimize: this.opt }));
      // keep the ELF apart so that the slot can build the next batch
      const elf = path.join(slot.dir, `${tag}.elf`);
      fs.renameSync(fw.elf, elf);
      fs.rmSync(src, { force: true });
      return { elf };
    } finally {
      slot.busy = false;
      this.wake?.();
    }
  }

  async takeSlot() {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) { free.busy = true; return free; }
      await new Promise((r) => { this.wake = r; });
    }
  }

  dispose(handle) {
    fs.rmSync(handle.elf, { force: true });
  }

  async run(handle, { timeout = this.timeout, input = '0\n' } = {}) {
    const chunks = [];
    const stdin = Readable.from([Buffer.from(input, 'latin1')]);
    const r = await cpuGate(() => runQemu(this.board, handle.elf, { timeout, stdin, onOutput: (d) => chunks.push(d) }));
    return { stdout: Buffer.concat(chunks).toString('utf8'), status: r.status, timedOut: r.timedOut, note: r.note, heap: r.heap };
  }
}

export function makeTarget(board, opts = {}) {
  if (board === HOST) return new HostTarget(opts);
  if (!QEMU_BOARDS.includes(board)) throw new Error(`unknown board ${board}: use host or one of ${QEMU_BOARDS.join(', ')}`);
  return new QemuTarget(board, opts);
}

/** The compiler's front half (TypeScript to C), serialised: it runs in this process. */
const compileGate = limiter(1);
export function compile(entry) {
  return compileGate(() => compileToC(entry));
}
