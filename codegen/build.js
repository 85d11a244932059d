// The whole build: TypeScript -> checked -> bundled JS -> Wasm -> C -> objects ->
// ELF/BIN/map for one board. Each stage lives in its own module; this file only
// sequences them, reports progress and lays out the build directory.

import fs from 'node:fs';
import path from 'node:path';

import { boardDirs, loadBoard } from '../sdk/board/load.js';
import { PREEMPTIVE_SCHEDULERS } from '../sdk/board/schema.js';
import { KERNEL_DIR } from '../sdk/paths.js';
import { bundle } from './bundle.js';
import { bundleLocator, debugMap } from './debug-map.js';
import { libmUnits } from './libm.js';
import { needsJson, needsPlaceholders } from './console-usage.js';
import { transformSources } from './transforms/index.js';
import { BuildError } from './diagnostics.js';
import { readElf } from './elf.js';
import { ALLOCATOR_FUNCTIONS, compileToWasm, describeFunction, porfforBuiltinNames } from './porffor.js';
import { SLOT_BYTES } from './porffor-options.js';
import { measure } from './size-report.js';
import { checkAdmission } from './admission.js';
import { declaredTasks } from './intents.js';
import { checkSubset } from './subset.js';
import { renderTemplate } from './templates.js';
import { compileObject, findToolchain, link, parallel, run } from './toolchain.js';
import { translateToC } from './translate.js';
import { typeCheck } from './typecheck.js';

/**
 * Find the entry module of an application given a file or a directory.
 * A directory's entry is main.ts, else index.ts, else package.json "main".
 */
export function resolveEntry(input) {
  const abs = path.resolve(input);
  if (!fs.existsSync(abs)) throw new BuildError(`${input} does not exist`, { hint: 'pass a .ts file or a directory with main.ts' });
  if (fs.statSync(abs).isFile()) {
    if (!/\.(ts|mts|js|mjs)$/.test(abs)) throw new BuildError(`${input} is not a TypeScript file`);
    return abs;
  }
  for (const name of ['main.ts', 'index.ts']) {
    const f = path.join(abs, name);
    if (fs.existsSync(f)) return f;
  }
  const pkg = path.join(abs, 'package.json');
  if (fs.existsSync(pkg)) {
    const main = JSON.parse(fs.readFileSync(pkg, 'utf8')).main;
    if (main && fs.existsSync(path.join(abs, main))) return path.join(abs, main);
  }
  throw new BuildError(`${input} has no entry module`, { hint: 'add main.ts (or index.ts) to the directory' });
}

/** Write a generated file only when its text changes, so its object stays cached. */
function writeIfChanged(file, text) {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}

/** Name for output files: the app directory's name, or the entry file's. */
export function appName(input, entry) {
  const abs = path.resolve(input);
  const base = fs.statSync(abs).isDirectory() ? path.basename(abs) : path.basename(entry).replace(/\.[^.]+$/, '');
  return base.replace(/[^A-Za-z0-9_.-]/g, '_') || 'app';
}

function compileFlags(board, defines) {
  const opt = board.runtime.optimize === 'size' ? '-Os' : '-O2';
  return [
    ...board.target.cflags, ...board.cpu.flags,
    '-std=gnu11', opt, '-g', '-ffreestanding', '-fno-common', '-ffunction-sections', '-fdata-sections',
    '-fno-math-errno', '-ffp-contract=off', '-fno-stack-protector', '-fno-unwind-tables', '-fno-asynchronous-unwind-tables',
    `-I${KERNEL_DIR}`, `-I${board.target.dir}`,
    ...Object.entries(defines).map(([k, v]) => `-D${k}=${v}`),
  ];
}

function headersIn(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.h')).map((f) => path.join(dir, f));
}

function timer(onStage) {
  return async (stage, fn, detail) => {
    const t0 = performance.now();
    const result = await fn();
    onStage(stage, performance.now() - t0, typeof detail === 'function' ? detail(result) : detail);
    return result;
  };
}

/**
 * The front half of the build: TypeScript to one C file (stages 1-5).
 * @param {string} entry absolute path of the entry module
 * @param {object} [opts]
 * @param {string} [opts.scheduler] the board's scheduler, for the task set's admission test
 * @param {string} [opts.support] the board's TypeScript support module, imported as "helix-sdk/board"
 * @returns {Promise<{ js: string, wasm: Uint8Array, c: string, importNames: Record<string,string> }>}
 * @throws {BuildError} when any stage refuses the program
 */
export async function compileToC(entry, { onStage = () => {}, scheduler = 'cooperative', support = null } = {}) {
  entry = path.resolve(entry); // the transformed sources are keyed by absolute file names
  const timed = timer(onStage);
  const builtinNames = await porfforBuiltinNames();
  const program = await timed('type-check', () => {
    const p = typeCheck(entry, { support });
    checkSubset(p, { builtinNames });
    return p;
  });
  const declared = declaredTasks(program);
  if (declared.length) {
    await timed('admission', () => checkAdmission(declared, scheduler),
      (r) => `${r.tasks} task${r.tasks === 1 ? '' : 's'} (${scheduler}), RealTime and reserved utilisation ${r.utilisation.toFixed(3)}`);
  }
  const placeholders = needsPlaceholders(program);
  const json = placeholders && needsJson(program);
  const sources = transformSources(program, { builtinNames });
  const { js, map } = await timed('bundle', () => bundle(entry, { placeholders, json, sources, support, sourceMap: true }),
    (s) => `${s.js.length.toLocaleString('en-US')} B of JS`);
  const { wasm, importBindings, importNames, funcNames, funcStarts, programFuncs, staticBytes } = await timed('porffor', () => compileToWasm(js)
    .catch((e) => { throw atTypeScriptLine(e, js, map); }),
  (r) => `${r.wasm.length.toLocaleString('en-US')} B of Wasm`);
  const banner = `Generated by helix-sdk from ${path.relative(process.cwd(), entry)}`;
  const heap = { start: staticBytes, slot: SLOT_BYTES, allocators: ALLOCATOR_FUNCTIONS, describe: describeFunction };
  // Preemption points only where a preemptive scheduler runs tasks.
  const preemptible = declared.length && PREEMPTIVE_SCHEDULERS.includes(scheduler) ? programFuncs : null;
  const symbols = new Map();
  const c = await timed('wasm-to-c', () => translateToC(wasm, importBindings, { banner, funcNames, heap, preemptible, symbols }),
    (s) => `${s.length.toLocaleString('en-US')} B of C`);
  return { js, wasm, c, importNames, staticBytes, debug: debugMap({ js, map, funcNames, funcStarts, symbols }) };
}

/** A compile error of Porffor's, at the TypeScript line of the construct it was compiling (when it knows it). */
function atTypeScriptLine(e, js, map) {
  if (!(e instanceof BuildError) || e.jsOffset === null || e.jsOffset === undefined) return e;
  const at = bundleLocator(js, map)(e.jsOffset);
  if (!at.file) return e;
  let source;
  try { source = fs.readFileSync(at.file, 'utf8'); } catch { /* no code frame then */ }
  return new BuildError(e.message.replace(/^Porffor could not compile the program: /, ''), {
    file: at.file, line: at.line, column: at.column, source, hint: e.hint,
  });
}

/**
 * Build an application for a board.
 * @param {object} opts
 * @param {string} opts.input file or directory
 * @param {string} opts.board board name or .toml path
 * @param {string} [opts.scheduler] a scheduler module to use instead of the board's
 * @param {string} [opts.outDir] defaults to build/<board> under the current directory
 * @param {(stage: string, ms: number, detail?: string) => void} [opts.onStage] progress callback
 * @param {(info: { board: object, entry: string }) => void} [opts.onStart] called once the inputs are found valid
 */
export async function buildApp({ input, board: boardName, scheduler, outDir, onStage = () => {}, onStart = () => {} }) {
  const loaded = loadBoard(boardName, { dirs: boardDirs() });
  const board = scheduler ? { ...loaded, runtime: { ...loaded.runtime, scheduler } } : loaded;
  findToolchain(board.target); // fail on a missing compiler before the slow stages
  const entry = resolveEntry(input);
  const name = appName(input, entry);
  const out = path.resolve(outDir ?? path.join('build', board.name));
  const gen = path.join(out, 'gen');
  fs.mkdirSync(gen, { recursive: true });
  onStart({ board, entry });

  const { js, wasm, c, debug } = await compileToC(entry, { onStage, scheduler: board.runtime.scheduler, support: board.support });
  fs.writeFileSync(path.join(gen, `${name}.js`), js);
  fs.writeFileSync(path.join(gen, `${name}.debug.json`), JSON.stringify(debug));
  fs.writeFileSync(path.join(gen, `${name}.wasm`), wasm);
  const cFile = path.join(gen, `${name}.c`);
  fs.writeFileSync(cFile, c);

  const firmware = await buildFirmware({ board, name, appSources: [cFile], outDir: out, onStage });
  return { ...firmware, entry };
}

/**
 * Compile the program's C with the kernel, the target's startup code and the
 * board's drivers, and link ELF, BIN and map files.
 * @param {object} opts
 * @param {object} opts.board a loaded board
 * @param {string} opts.name base name of the output files
 * @param {string[]} opts.appSources C files implementing sdk/kernel/app.h (generated code is compiled with -w)
 * @param {string} opts.outDir
 * @param {boolean} [opts.appDebugInfo] debug information for the generated C (default true): -g1, functions, line
 *   tables and inlining, which is what crash decoding reads (sdk/monitor/crash-decoder.js), and compiles as fast as
 *   none (full -g took 40 % longer on examples/hello, for local variables of generated C). GCC's code does not
 *   depend on it; the test corpus, which builds hundreds of programs, leaves it out.
 * @param {string} [opts.appOptimize] an optimisation flag (-Og) for the generated C instead of the board's: the test
 *   corpus compiles most of its programs this way, to fit CI's time (test/support/corpus.js)
 */
export async function buildFirmware({ board, name, appSources, outDir, onStage = () => {}, appDebugInfo = true, appOptimize }) {
  const timed = timer(onStage);
  const tools = findToolchain(board.target);
  const out = path.resolve(outDir);
  const gen = path.join(out, 'gen');
  const objDir = path.join(out, 'obj');
  fs.mkdirSync(gen, { recursive: true });

  const poolsFile = path.join(gen, 'pools.c');
  writeIfChanged(poolsFile, renderTemplate('c/pools.c.njk', { pools: board.pools ?? [] }));
  const defines = {
    ...board.defines, HX_ARENA_BYTES: board.runtime.heap,
    HX_MAX_TASKS: board.runtime.tasks, HX_TASK_STACK_BYTES: board.runtime.taskStack, HX_TICK_HZ: board.runtime.tickHz,
  };
  const flags = compileFlags(board, defines);
  const deps = [...headersIn(KERNEL_DIR), ...headersIn(board.target.dir)];
  const kernelSources = [
    ...fs.readdirSync(KERNEL_DIR).filter((f) => f.endsWith('.c')).map((f) => path.join(KERNEL_DIR, f)),
    path.join(KERNEL_DIR, 'sched', `${board.runtime.scheduler}.c`), // the policy the board chose
  ];
  const targetSources = board.target.sources.map((f) => path.join(board.target.dir, f));
  const libm = libmUnits();
  const jobs = [
    ...[...appSources, poolsFile].map((source) => ({
      source,
      object: path.join(objDir, `app-${path.basename(source).replace('.', '_')}.o`),
      flags: [...flags.filter((f) => f !== '-g' && !(appOptimize && /^-O/.test(f))), ...(appOptimize ? [appOptimize] : []),
        ...(appDebugInfo ? ['-g1'] : []), '-w'],
    })),
    ...[...kernelSources, ...targetSources, ...board.drivers].map((source) => ({
      source,
      object: path.join(objDir, `${path.basename(path.dirname(source))}-${path.basename(source).replace('.', '_')}.o`),
      flags: [...flags, '-Wall', '-Wextra', ...(source.endsWith('hx_libc.c') ? ['-fno-tree-loop-distribute-patterns'] : [])],
      shared: true,
    })),
    ...libm.map((unit) => ({ source: unit.source, object: path.join(objDir, 'libm', unit.object), flags: [...flags, ...unit.flags], shared: true })),
  ];
  await timed('compile', () => parallel(jobs.map((j) => () => compileObject({ gcc: tools.gcc, deps, ...j }))),
    (r) => `${r.filter(Boolean).length} of ${r.length} files compiled`);

  const script = path.join(gen, `${name}.ld`);
  fs.writeFileSync(script, renderTemplate(`linker/${board.target.linker_template}`, {
    board: board.name,
    regions: board.memory,
    code_region: board.runtime.codeRegion,
    data_region: board.runtime.dataRegion,
    arena_region: board.runtime.heapRegion,
    stack: board.runtime.stack,
  }));
  const elf = path.join(out, `${name}.elf`);
  const bin = path.join(out, `${name}.bin`);
  const map = path.join(out, `${name}.map`);
  await timed('link', async () => {
    await link({
      gcc: tools.gcc, flags: [...board.target.cflags, ...board.cpu.flags, ...board.target.ldflags],
      objects: jobs.map((j) => j.object), script, elf, map,
    });
    await run(tools.objcopy, ['-O', 'binary', elf, bin]);
  });

  const size = measure(readElf(elf), board);
  return { board, name, elf, bin, map, size, outDir: out };
}
