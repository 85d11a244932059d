// The C math library compiled into firmware. JavaScript programs expect Math to
// give V8's bits, not merely good ones, so each function comes from the code V8's
// own is ported from (measured against Node by test/libm.test.js):
//   - fdlibm, as shipped in newlib's libm/math (Debian package newlib-source), for
//     exp, log, log10, pow, the trigonometric and hyperbolic functions and their
//     inverses; sdk/kernel/jsmath.c adds JavaScript's special cases of pow and the
//     places where V8 (taking FreeBSD's later fixes) departs from fdlibm;
//   - the @stdlib math packages (npm) for log2, cbrt and hypot, where V8 follows
//     FreeBSD's newer code, as @stdlib does.
// Only what a program calls ends up in the image (--gc-sections).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { KERNEL_DIR, SDK_ROOT } from '../sdk/paths.js';
import { installCommand } from '../sdk/toolchain/requirements.js';
import { BuildError } from './diagnostics.js';

/** JavaScript Math functions implemented in C: the Math name, the C function, the arity. */
export const MATH_FUNCTIONS = [
  ['exp', '__ieee754_exp'], ['log', '__ieee754_log'], ['log10', '__ieee754_log10'], ['expm1', 'hx_fdlibm_expm1'],
  ['log1p', 'hx_fdlibm_log1p'], ['sin', 'hx_fdlibm_sin'], ['cos', 'hx_fdlibm_cos'], ['tan', 'hx_fdlibm_tan'],
  ['sinh', '__ieee754_sinh'], ['cosh', '__ieee754_cosh'], ['tanh', 'hx_js_tanh'], ['asinh', 'hx_fdlibm_asinh'],
  ['acosh', '__ieee754_acosh'], ['atanh', '__ieee754_atanh'], ['asin', '__ieee754_asin'], ['acos', '__ieee754_acos'],
  ['atan', 'hx_fdlibm_atan'], ['atan2', 'hx_js_atan2', 2], ['pow', 'hx_js_pow', 2],
  ['log2', 'stdlib_base_log2'], ['cbrt', 'stdlib_base_cbrt'], ['hypot', 'stdlib_base_hypot', 2],
].map(([js, c, arity = 1]) => ({ js, c, arity }));

/** newlib files that hold the fdlibm functions above and what they call. */
const FDLIBM_FILES = [
  'math/e_exp.c', 'math/e_log.c', 'math/e_log10.c', 'math/e_sinh.c', 'math/e_cosh.c', 'math/e_asin.c',
  'math/e_acos.c', 'math/e_atan2.c', 'math/e_pow.c', 'math/e_acosh.c', 'math/e_atanh.c', 'math/e_rem_pio2.c', 'math/k_rem_pio2.c',
  'math/k_sin.c', 'math/k_cos.c', 'math/k_tan.c', 'math/s_sin.c', 'math/s_cos.c', 'math/s_tan.c', 'math/s_atan.c',
  'math/s_tanh.c', 'math/s_asinh.c', 'math/s_fabs.c', 'common/s_expm1.c', 'common/s_log1p.c', 'common/s_scalbn.c',
  'common/s_copysign.c', 'common/s_nan.c', 'common/math_err.c',
];

/** Per-file renames: jsmath.c wraps fdlibm's exp to return Math.E for 1, as V8 does. */
const FDLIBM_FILE_DEFINES = { 'math/e_exp.c': ['-D__ieee754_exp=hx_fdlibm_exp'] };

/** @stdlib packages: the functions above plus fmod, which jsmath.c uses for `%`. */
const STDLIB_PACKAGES = ['log2', 'cbrt', 'hypot', 'fmod'];

const NEWLIB_TARBALLS = '/usr/src/newlib';
const require = createRequire(import.meta.url);
const cached = new Map();

/**
 * The math library's C files, each with the flags it needs after the board's own.
 * @param {{ hosted?: boolean }} [opts] hosted: compiling for a host with a real <math.h>
 * @returns {{ source: string, object: string, flags: string[] }[]}
 */
export function libmUnits({ hosted = false } = {}) {
  const key = hosted ? 'hosted' : 'firmware';
  if (!cached.has(key)) cached.set(key, [...fdlibmUnits(), ...stdlibUnits(hosted)]);
  return cached.get(key);
}

function fdlibmUnits() {
  const root = newlibSources();
  const flags = [
    '-w', '-D__OBSOLETE_MATH=1', '-include', path.join(KERNEL_DIR, 'libm', 'fdlibm-names.h'),
    `-I${path.join(root, 'newlib', 'libc', 'include')}`, `-I${path.join(root, 'newlib', 'libm', 'common')}`,
  ];
  return FDLIBM_FILES.map((file) => ({
    source: path.join(root, 'newlib', 'libm', file),
    object: `fdlibm-${path.basename(file, '.c')}.o`,
    flags: [...flags, ...(FDLIBM_FILE_DEFINES[file] ?? [])],
  }));
}

/** @stdlib C sources, following each package's manifest.json (napi glue excluded). */
function stdlibUnits(hosted) {
  const sources = new Set();
  const includes = new Set(hosted ? [] : [path.join(KERNEL_DIR, 'libm')]); // our math.h, ahead of any system one
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
  for (const f of STDLIB_PACKAGES) visit(`@stdlib/math-base-special-${f}`);
  const flags = ['-w', ...[...includes].map((i) => `-I${i}`)];
  return [...sources].map((source) => ({
    source,
    object: `stdlib-${path.basename(path.dirname(path.dirname(source)))}-${path.basename(source, '.c')}.o`,
    flags,
  }));
}

/**
 * newlib's source tree, unpacked once from the newlib-source package into
 * node_modules/.cache (only libm and the headers it includes).
 */
function newlibSources() {
  const tarball = fs.existsSync(NEWLIB_TARBALLS)
    ? fs.readdirSync(NEWLIB_TARBALLS).filter((f) => /^newlib-.*\.tar\.(xz|gz|bz2)$/.test(f)).sort().pop()
    : undefined;
  if (!tarball) {
    throw new BuildError(`the newlib sources were not found in ${NEWLIB_TARBALLS} (Math functions are built from its fdlibm)`, {
      hint: `install them with: ${installCommand(['newlib-source'])}   (or run \`npm run bootstrap\`)`,
    });
  }
  const dir = path.join(SDK_ROOT, 'node_modules', '.cache', 'helix-sdk', tarball.replace(/\.tar\..*$/, ''));
  const marker = path.join(dir, '.unpacked');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true }); // a half-written tree from an interrupted build
    const tmp = `${dir}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const r = spawnSync('tar', ['-xf', path.join(NEWLIB_TARBALLS, tarball), '-C', tmp, '--strip-components=1', '--wildcards',
      '*/newlib/libm/math/*', '*/newlib/libm/common/*', '*/newlib/libc/include/*'], { encoding: 'utf8' });
    if (r.status !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new BuildError(`could not unpack ${path.join(NEWLIB_TARBALLS, tarball)}: ${(r.stderr || r.error?.message || '').trim()}`, {
        hint: `reinstall the package: ${installCommand(['newlib-source'])} --reinstall`,
      });
    }
    fs.writeFileSync(path.join(tmp, '.unpacked'), `${tarball}\n`);
    try {
      fs.renameSync(tmp, dir); // atomic: parallel builds either see the whole tree or none
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another build got there first
    }
  }
  return dir;
}
