// Stage 4: compile the bundled JavaScript to WebAssembly with Porffor's
// programmatic API, with the SDK's host functions registered as imports.
//
// Porffor reads its options from process.argv when first imported and keeps
// compiler state in globals, so it is loaded once per process with our options.
// The compiler used is Porffor with the fixes in porffor-patches/ applied.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { BuildError } from './diagnostics.js';
import { decodeModule } from './wasm/decode.js';
import { PORFFOR_ARGS } from './porffor-options.js';
import { HOST_IMPORTS } from './host-imports.js';
import { patchedPorfforDir } from './porffor-patches/index.js';

export { HOST_IMPORTS };

const PORFFOR_VERSION = '0.61.13';

let porffor = null;

async function loadPorffor() {
  if (porffor) return porffor;
  const savedArgv = process.argv;
  process.argv = [savedArgv[0], 'porf', ...PORFFOR_ARGS];
  globalThis.file = 'app.js'; // a .js name keeps Porffor's own (incomplete) TS parsing off
  globalThis.version = PORFFOR_VERSION;
  try {
    const dir = patchedPorfforDir();
    const load = (file) => import(pathToFileURL(path.join(dir, 'compiler', file)).href);
    const { createImport, importedFuncs, BuiltinFuncs, BuiltinVars } = await load('builtins.js');
    const compile = (await load('index.js')).default;
    for (const imp of HOST_IMPORTS) createImport(imp.name, imp.params, imp.results);
    const funcs = BuiltinFuncs();
    // getOwnPropertyNames: compile-time builtins (Math.max, Array.of) are non-enumerable getters.
    const builtinNames = new Set([...Object.getOwnPropertyNames(funcs), ...Object.getOwnPropertyNames(BuiltinVars({ builtinFuncs: funcs }))]);
    // Import field name -> C implementation, from Porffor's own table.
    const bindings = {};
    const names = {};
    for (const imp of HOST_IMPORTS) {
      bindings[importedFuncs[imp.name].import] = imp.c;
      names[importedFuncs[imp.name].import] = imp.name;
    }
    porffor = { compile, bindings, names, builtinNames };
  } finally {
    process.argv = savedArgv;
  }
  return porffor;
}

/** The number of imported functions (they come first in Wasm's function index space). */
function countImports(wasm) {
  try {
    return decodeModule(wasm).imports.filter((i) => i.kind === 'func').length;
  } catch {
    return Infinity; // undecodable: no name then
  }
}

/** Porffor's allocators (blocks; relocatable arrays), which the translator points at the kernel heap. */
export const ALLOCATOR_FUNCTIONS = ['__Porffor_malloc', '__Porffor_mallocArray'];

/**
 * How an out-of-memory report names the function that was allocating.
 * @param {string} name Porffor's name for it (`__Array_prototype_push`, `#main`, `readFrame`)
 */
export function describeFunction(name) {
  if (name === '#main') return 'the top level of the program';
  if (name.startsWith('__Porffor_')) return `the runtime (${name.slice(10).replaceAll('_', '.')})`;
  if (name.startsWith('__')) return name.slice(2).replaceAll('_', '.');
  return `function ${name}`;
}

/** Names of every builtin function and value Porffor provides (e.g. __Math_sin, __String_prototype_split). */
export async function porfforBuiltinNames() {
  return (await loadPorffor()).builtinNames;
}

/**
 * @param {string} js bundled ES module
 * @returns {Promise<{ wasm: Uint8Array, importBindings: Record<string,string>, importNames: Record<string,string>, funcNames: string[], programFuncs: boolean[], staticBytes: number }>}
 *   importNames maps each import field to the SDK host function name (HOST_IMPORTS)
 *   funcNames[i] is the JavaScript-side name of the module's i-th defined function, funcStarts[i] where it begins in js
 *   programFuncs[i] is true when that function is the program's own code (not a Porffor builtin, an internal
 *   wrapper or the SDK runtime): where preemption may stop a task (wasm_rt.h HX_PREEMPT_POINT)
 */
export async function compileToWasm(js) {
  const { compile, bindings, names } = await loadPorffor();
  let out;
  globalThis.hxGenerating = null;
  try {
    out = compile(js, true);
  } catch (e) {
    const error = new BuildError(`Porffor could not compile the program: ${e.message}`, {
      hint: 'this is a compiler limitation; simplify the construct named above and see docs/language.md',
    });
    // where in the bundle (patch build-time-refusals): compileToC names the TypeScript line
    error.jsOffset = e.hxPosition ?? globalThis.hxGenerating?.start ?? null;
    throw error;
  }
  const wasm = out.wasm;
  if (process.env.HELIX_DUMP_WASM) fs.writeFileSync(process.env.HELIX_DUMP_WASM, wasm); // for debugging the front end
  try {
    new WebAssembly.Module(wasm); // V8 validates what Porffor produced before we translate it
  } catch (e) {
    // V8 numbers functions after the imports; name the program's function it found wrong
    const index = /Compiling function #(\d+)/.exec(e.message);
    const func = index ? out.funcs[Number(index[1]) - countImports(wasm)] : null;
    const where = func ? ` in ${describeFunction(func.name)}` : '';
    throw new BuildError(`Porffor produced invalid WebAssembly${where}: ${e.message}`, {
      hint: 'this is a compiler bug; please report it with the program that triggers it',
    });
  }
  // The code section lists functions in the order of Porffor's `funcs` array.
  return {
    wasm, importBindings: bindings, importNames: names, funcNames: out.funcs.map((f) => f.name),
    funcStarts: out.funcs.map((f) => (typeof f.start === 'number' ? f.start : null)), // offsets in `js` (not for builtins)
    programFuncs: out.funcs.map((f) => !f.internal && !/^(__|#indirect|#get_)/.test(f.name)),
    // static data is laid out in slots of the page size; the heap starts after the last one
    staticBytes: out.pages.size * globalThis.pageSize,
  };
}
