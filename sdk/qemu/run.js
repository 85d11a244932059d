// Runs firmware in QEMU: deterministic time (-icount), the console UART on
// stdio, a hard timeout, and the firmware's exit status decoded from whatever
// exit device the board uses.

import { spawn } from 'node:child_process';
import os from 'node:os';

import { BuildError } from '../../codegen/diagnostics.js';
import { missingTool } from '../../codegen/toolchain.js';
import { which } from '../toolchain/which.js';
import { consolePipe } from './console-pipe.js';
import { heapUse, runReportFilter, schedStats } from './run-report.js';

/** Exit statuses of `helix-sdk run` (see `helix-sdk run --help`). */
export const EXIT = { OK: 0, UNCAUGHT: 1, BUILD: 2, CRASH: 3, EMULATOR: 4, TIMEOUT: 124, INTERRUPTED: 130 };

/** The QEMU command line for a board and an ELF. */
export function qemuCommand(board, elf) {
  const q = board.qemu;
  const binary = which(q.binary);
  if (!binary) throw missingTool(q.binary, `to run ${board.name}`);
  const args = [
    '-M', q.machine, ...(q.args ?? []),
    '-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot',
    '-icount', `shift=${q.icount_shift},align=off,sleep=off`,
    '-kernel', elf,
  ];
  return { binary, args };
}

/**
 * What the firmware's status was, given how QEMU exited.
 * @returns {{ status: number, note?: string }}
 */
export function decodeExit(board, code, signal) {
  if (signal) return { status: EXIT.EMULATOR, note: `QEMU was killed by ${signal}` };
  switch (board.exit.method) {
    case 'isa-debug-exit': {
      // QEMU exits with (value << 1) | 1 and the firmware writes offset + status.
      const offset = board.exit.offset ?? 0;
      if (code % 2 === 1 && code >= 2 * offset + 1) return { status: (code - 1) / 2 - offset };
      return { status: EXIT.CRASH, note: `the machine stopped without reporting a status (QEMU exit ${code}: reset or triple fault?)` };
    }
    case 'arm-semihosting':
      if (code === 134) return { status: EXIT.CRASH, note: 'the CPU locked up (a fault while handling a fault)' };
      return { status: code };
    default:
      return { status: code };
  }
}

/** Refuse, before anything is built, a board that QEMU cannot run (a real board). */
export function requireEmulator(board) {
  if (!board.qemu) {
    throw new BuildError(`board ${board.name} has no [qemu] table, so it cannot run in an emulator`, {
      hint: 'for real hardware, `helix-sdk build` it and load the .bin or .elf with the board\'s flashing tool ' +
        '(st-flash, OpenOCD, kflash); to run in QEMU, pick a qemu-* board (`helix-sdk boards`)',
    });
  }
}

/**
 * Boot `elf` on `board` in QEMU.
 * @param {object} opts
 * @param {number} opts.timeout seconds of wall time before QEMU is killed
 * @param {NodeJS.ReadableStream|null} [opts.stdin] forwarded to the console UART
 * @param {(chunk: Buffer) => void} [opts.onOutput] console output (defaults to process.stdout)
 * @returns {Promise<{ status: number, note?: string, timedOut: boolean, stderr: string,
 *   heap: { used: number, arena: number } | null }>} heap: the JavaScript heap's high-water mark, as the
 *   firmware reported it when it exited (run-report.js); sched: the scheduler's statistics (schedStats), or null
 */
/*
 * QEMU must not outlive us: if `helix-sdk run` is interrupted (Ctrl-C, a closed
 * pipe such as `| head`, a signal), an orphaned emulator would keep running.
 */
const live = new Set();
let exitHooked = false;

function stopWithUs(child) {
  live.add(child);
  child.on('close', () => live.delete(child));
  if (exitHooked) return;
  exitHooked = true;
  const killAll = () => { for (const c of live) c.kill('SIGKILL'); };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + os.constants.signals[sig]);
    });
  }
}

export function runQemu(board, elf, { timeout, stdin = null, onOutput = (c) => process.stdout.write(c) }) {
  requireEmulator(board);
  const { binary, args } = qemuCommand(board, elf);
  return new Promise((resolve) => {
    const pipe = consolePipe();
    let child;
    try {
      child = spawn(binary, args, { stdio: ['pipe', pipe.writeFd, 'pipe'] });
    } finally {
      pipe.parentDone();
    }
    stopWithUs(child);
    // the output ends when QEMU's copy of the pipe closes, possibly after QEMU's 'close' event
    const outputEnded = new Promise((r) => pipe.output.once('close', r));
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const output = runReportFilter(onOutput);
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdin.on('error', () => {}); // QEMU may exit before we finish writing
    // Input is held back until the firmware has printed (its console UART is on) or a second has
    // passed: QEMU offers bytes from its first instant, and some UART models (the STM32 USART)
    // drop what arrives before the firmware enables them, as the real part would.
    const held = [];
    let holding = Boolean(stdin);
    const release = () => {
      if (!holding) return;
      holding = false;
      for (const d of held) child.stdin.write(d);
    };
    const releaseTimer = stdin ? setTimeout(release, 1000) : null;
    pipe.output.on('data', (d) => {
      output.write(d);
      release();
    });
    if (stdin) {
      stdin.on('data', (d) => (holding ? held.push(d) : child.stdin.write(d)));
      stdin.on('end', () => {}); // a UART has no end-of-file; keep the line open
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout * 1000);
    const finish = async (result) => {
      if (settled) return;
      settled = true;
      await outputEnded;
      clearTimeout(timer);
      clearTimeout(releaseTimer);
      if (stdin) stdin.pause?.();
      output.end();
      resolve({ ...result, timedOut, stderr, heap: heapUse(output.report()), sched: schedStats(output.report()) });
    };
    child.on('error', (e) => finish({ status: EXIT.EMULATOR, note: `could not start ${binary}: ${e.message}` }));
    child.on('close', (code, signal) => {
      if (timedOut) return finish({ status: EXIT.TIMEOUT, note: `no exit after ${timeout} s; QEMU was stopped` });
      const qemuError = /^qemu-system-[^:]+: (?!warning).*$/m.exec(stderr);
      if (qemuError && code !== 0) return finish({ status: EXIT.EMULATOR, note: `QEMU failed: ${qemuError[0]}` });
      return finish(decodeExit(board, code, signal));
    });
  });
}
