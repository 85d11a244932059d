// Build a TypeScript application for the host (Linux x86_64) with the real
// pipeline (type-check, bundle, Porffor, translator) and the real kernel, using
// test/support/host-port.c in place of a board. Fast enough to compare many
// programs with Node.

import fs from 'node:fs';
import path from 'node:path';

import { compileToC } from '../../codegen/build.js';
import { libmSources } from '../../codegen/libm.js';
import { hostBuildAsync, tempDir } from './host-build.js';
import { TEST_DIR } from './paths.js';

const KERNEL = ['wasm_rt.c', 'console.c', 'numfmt.c', 'crash.c', 'main.c', 'host.c', 'idle.c', 'jsmath.c', 'casemap.c'];

/** @returns {Promise<{ exe: string, wasm: Uint8Array, c: string }>} */
export async function buildHostApp(entry) {
  const { wasm, c } = await compileToC(entry);
  return { exe: await hostExecutable(c), wasm, c };
}

/** Compile a program's C (from compileToC) with the kernel into a host executable. */
export function hostExecutable(c) {
  const dir = tempDir('helix-host-app-');
  const src = path.join(dir, 'app.c');
  fs.writeFileSync(src, c);
  const libm = libmSources();
  return hostBuildAsync({
    sources: [src, path.join(TEST_DIR, 'support', 'host-port.c'), ...libm.sources],
    kernel: KERNEL,
    out: path.join(dir, 'app'),
    includes: libm.includes.filter((i) => !i.endsWith(`${path.sep}libm`)), // the host has a real <math.h>
    defines: { HX_HOSTED: 1 },
  });
}
