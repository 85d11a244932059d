// Build a TypeScript application for the host (Linux x86_64) with the real
// pipeline (type-check, bundle, Porffor, translator) and the real kernel, using
// test/support/host-port.c in place of a board. Fast enough to compare many
// programs with Node.

import fs from 'node:fs';
import path from 'node:path';

import { compileToC } from '../../codegen/build.js';
import { libmUnits } from '../../codegen/libm.js';
import { heapUse, runReportFilter } from '../../sdk/qemu/run-report.js';
import { runProcess } from './cli.js';
import { hostBuildAsync, hostCompileAsync, tempDir } from './host-build.js';
import { TEST_DIR } from './paths.js';
import { TARGETS_DIR } from '../../sdk/paths.js';

const KERNEL = ['wasm_rt.c', 'console.c', 'numfmt.c', 'crash.c', 'main.c', 'host.c', 'idle.c', 'jsmath.c', 'casemap.c', 'heap.c', 'arrays.c', 'exit.c',
  'task.c', 'task_host.c', 'task_report.c', 'sched/cooperative.c', 'sync.c', 'sync_host.c', 'pool.c', 'pool_host.c',
  'interrupt.c', 'interrupt_host.c', 'mmio_host.c'];

/** @returns {Promise<{ exe: string, wasm: Uint8Array, c: string }>} */
export async function buildHostApp(entry) {
  const { wasm, c } = await compileToC(entry);
  return { exe: await hostExecutable(c), wasm, c };
}

/** Compile a program's C (from compileToC) with the kernel into a host executable. */
export async function hostExecutable(c) {
  const dir = tempDir('helix-host-app-');
  const src = path.join(dir, 'app.c');
  fs.writeFileSync(src, c);
  return hostBuildAsync({
    sources: [src, path.join(TEST_DIR, 'support', 'host-port.c'), path.join(TARGETS_DIR, 'x86_64', 'context.c'),
      ...await hostLibm()],
    kernel: KERNEL,
    out: path.join(dir, 'app'),
    defines: { HX_HOSTED: 1 },
  });
}

let libmObjects = null;

/** The math library compiled once per test process, as host objects. */
export function hostLibm() {
  if (!libmObjects) {
    const dir = tempDir('helix-host-libm-');
    libmObjects = Promise.all(libmUnits({ hosted: true }).map((unit) =>
      hostCompileAsync({ source: unit.source, flags: unit.flags, out: path.join(dir, unit.object) })));
  }
  return libmObjects;
}

/**
 * Run a host executable built by hostExecutable(): its console output comes
 * back without the closing run report (sdk/qemu/run-report.js), which is
 * returned parsed, as `helix-sdk run` does for QEMU.
 */
export async function runHostApp(exe, opts = {}) {
  const r = await runProcess(exe, [], { timeout: 30, ...opts });
  const parts = [];
  const filter = runReportFilter((c) => parts.push(c));
  filter.write(Buffer.from(r.stdout, 'utf8'));
  filter.end();
  return { ...r, stdout: Buffer.concat(parts).toString('utf8'), heap: heapUse(filter.report()) };
}
