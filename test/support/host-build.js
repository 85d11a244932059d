// Compile C on the host (Linux x86_64) for fast tests of the translator and the
// kernel's runtime code, without a cross compiler or an emulator.

import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { KERNEL_DIR, TARGETS_DIR } from '../../sdk/paths.js';

export function requireHostX64() {
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    throw new Error('host-native tests need Linux on x86_64 (they reuse targets/x86_64/setjmp.S)');
  }
}

const made = [];
process.on('exit', () => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A fresh temporary directory, removed when the process exits. */
export function tempDir(prefix = 'helix-test-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Build a host executable from the given sources plus kernel files.
 * @param {object} opts
 * @param {string[]} opts.sources extra C files (absolute paths)
 * @param {string[]} opts.kernel kernel file names from sdk/kernel (e.g. 'wasm_rt.c')
 * @param {string} opts.out executable path
 * @param {Record<string, string|number>} [opts.defines]
 */
export function hostBuild(opts) {
  execFileSync('gcc', hostArgs(opts), { stdio: ['ignore', 'pipe', 'pipe'] });
  return opts.out;
}

/** hostBuild without blocking the event loop. */
export function hostBuildAsync(opts) {
  return gcc(hostArgs(opts), opts.out);
}

function gcc(args, out) {
  return new Promise((resolve, reject) => {
    execFile('gcc', args, (err, _out, stderr) => (err ? reject(new Error(`gcc failed: ${stderr}`)) : resolve(out)));
  });
}

/** Compile one C file to a host object file (flags after the common ones). */
export function hostCompileAsync({ source, flags = [], out }) {
  requireHostX64();
  return gcc(['-std=gnu11', '-O1', '-g', '-fno-math-errno', '-ffp-contract=off', '-c', ...flags, source, '-o', out], out);
}

function hostArgs({ sources, kernel, out, defines = {}, includes = [] }) {
  requireHostX64();
  return [
    '-std=gnu11', '-O1', '-g', '-fno-math-errno', '-ffp-contract=off', '-w', `-I${KERNEL_DIR}`, ...includes.map((i) => `-I${i}`),
    ...Object.entries({ HX_ARENA_BYTES: 1 << 22, HX_TIMER_HZ: 1000000000, ...defines }).map(([k, v]) => `-D${k}=${v}`),
    ...sources, ...kernel.map((f) => path.join(KERNEL_DIR, f)),
    path.join(TARGETS_DIR, 'x86_64', 'setjmp.S'),
    '-Wl,-z,noexecstack', '-o', out, '-lm',
  ];
}
