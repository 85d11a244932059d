// Build a TypeScript application for the host (Linux x86_64) with the real
// pipeline (type-check, bundle, Porffor, translator) and the real kernel, using
// test/support/host-port.c in place of a board. Fast enough to compare many
// programs with Node.

import fs from 'node:fs';
import path from 'node:path';

import { bundle } from '../../codegen/bundle.js';
import { compileToWasm } from '../../codegen/porffor.js';
import { checkSubset } from '../../codegen/subset.js';
import { translateToC } from '../../codegen/translate.js';
import { typeCheck } from '../../codegen/typecheck.js';
import { hostBuild, tempDir } from './host-build.js';
import { TEST_DIR } from './paths.js';

const KERNEL = ['wasm_rt.c', 'console.c', 'numfmt.c', 'crash.c', 'main.c', 'host.c', 'idle.c'];

/** @returns {Promise<{ exe: string, wasm: Uint8Array, c: string }>} */
export async function buildHostApp(entry) {
  checkSubset(typeCheck(entry));
  const { wasm, importBindings, funcNames } = await compileToWasm(await bundle(entry));
  const c = translateToC(wasm, importBindings, { funcNames });
  const dir = tempDir('helix-host-app-');
  const src = path.join(dir, 'app.c');
  fs.writeFileSync(src, c);
  const exe = hostBuild({
    sources: [src, path.join(TEST_DIR, 'support', 'host-port.c')],
    kernel: KERNEL,
    out: path.join(dir, 'app'),
  });
  return { exe, wasm, c };
}
