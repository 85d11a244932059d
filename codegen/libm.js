// The C math library compiled into firmware: the @stdlib math packages (npm), whose
// manifest.json files list each package's C sources, include directories and
// dependencies. Only what a program calls ends up in the image (--gc-sections).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { KERNEL_DIR } from '../sdk/paths.js';

/** JavaScript Math functions implemented in C: the Math name, the @stdlib package, the arity. */
export const MATH_FUNCTIONS = [
  ['exp', 'exp'], ['log2', 'log2'], ['log', 'ln'], ['log10', 'log10'], ['pow', 'pow', 2], ['expm1', 'expm1'],
  ['log1p', 'log1p'], ['cbrt', 'cbrt'], ['hypot', 'hypot', 2], ['sin', 'sin'], ['cos', 'cos'], ['tan', 'tan'],
  ['sinh', 'sinh'], ['cosh', 'cosh'], ['tanh', 'tanh'], ['asinh', 'asinh'], ['acosh', 'acosh'], ['atanh', 'atanh'],
  ['asin', 'asin'], ['acos', 'acos'], ['atan', 'atan'], ['atan2', 'atan2', 2],
].map(([js, stdlib, arity = 1]) => ({ js, stdlib, arity }));

const EXTRA_PACKAGES = ['fmod'];
const require = createRequire(import.meta.url);
let cached = null;

/** C sources and include directories of the math library (napi glue excluded). */
export function libmSources() {
  if (cached) return cached;
  const sources = new Set();
  const includes = new Set([path.join(KERNEL_DIR, 'libm')]); // our math.h, ahead of any system one
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || name.includes('napi')) return;
    seen.add(name);
    const dir = path.dirname(require.resolve(`${name}/package.json`));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const conf = manifest.confs.find((c) => (c.task ?? 'build') === 'build') ?? manifest.confs[0];
    for (const s of conf.src ?? []) sources.add(path.resolve(dir, s));
    for (const i of conf.include ?? []) includes.add(path.resolve(dir, i));
    for (const d of conf.dependencies ?? []) visit(d);
  };
  for (const f of [...MATH_FUNCTIONS.map((m) => m.stdlib), ...EXTRA_PACKAGES]) visit(`@stdlib/math-base-special-${f}`);
  cached = { sources: [...sources], includes: [...includes] };
  return cached;
}
