// Stage 5: our WebAssembly -> C translator. Decode, build the IR, run the
// passes, emit C, then append the glue the kernel calls (a nunjucks template).

import { decodeModule, WasmDecodeError } from './wasm/decode.js';
import { buildModuleIR, TranslateError } from './ir/build.js';
import { emitC } from './ir/emit-c.js';
import { runPasses } from './passes/index.js';
import { BuildError } from './diagnostics.js';
import { renderTemplate } from './templates.js';
import { RUNTIME_EXPORTS } from './bundle.js';

/**
 * @param {Uint8Array} wasm
 * @param {Record<string,string>} importBindings import field -> C function
 * @param {object} [opts]
 * @param {string} [opts.banner]
 * @param {string[]} [opts.funcNames] names of the defined functions (for readable C symbols)
 * @param {object} [opts.heap] the kernel heap (see emit-c.js): { start, allocator, describe }
 * @param {boolean[]|null} [opts.preemptible] per defined function, whether it gets preemption points (a
 *   preemptive scheduler); null for none
 * @param {Map<string, number>} [opts.symbols] filled with each defined function's C symbol -> its position among
 *   the defined functions (for decoding crash addresses, sdk/monitor/)
 * @returns {string} C source for the whole program
 */
export function translateToC(wasm, importBindings, { banner, funcNames, heap, preemptible = null, symbols } = {}) {
  try {
    const mod = decodeModule(wasm);
    const funcs = runPasses(buildModuleIR(mod));
    const exportNames = { m: 'hxw_export_main' };
    for (const name of RUNTIME_EXPORTS) exportNames[name] = `hxw_export_${name}`;
    const c = emitC(mod, funcs, { importBindings, exports: exportNames, banner, funcNames, heap, preemptible, symbols });
    const exported = (name) => (mod.exports.some((e) => e.kind === 'func' && e.name === name) ? exportNames[name] : null);
    const glue = renderTemplate('c/porffor-glue.c.njk', {
      reporter: exported('__hx_uncaught'),
      taskRunner: exported('__hx_run_task'),
    });
    return `${c}\n${glue}`;
  } catch (e) {
    if (e instanceof TranslateError || e instanceof WasmDecodeError) {
      throw new BuildError(`the Wasm-to-C translator stopped: ${e.message}`, {
        hint: e.opcode
          ? `the instruction \`${e.opcode}\` is not translated yet; please report the program that needs it`
          : undefined,
      });
    }
    throw e;
  }
}
