// Where each function of the generated C came from in TypeScript, for decoding
// crash addresses (sdk/monitor/crash-decoder.js): the ELF's DWARF gives an
// address's C function, the translator its Wasm function, Porffor the offset of
// that function in the bundle, and esbuild's source map the TypeScript file,
// line and column. Porffor keeps no positions inside a function, so the
// location is where the function begins. Written as gen/<name>.debug.json.

import { SourceMap } from 'node:module';

/**
 * @param {object} opts
 * @param {string} opts.js the bundle Porffor compiled
 * @param {object} opts.map esbuild's source map of it (absolute sources)
 * @param {string[]} opts.funcNames Porffor's name of each defined function
 * @param {(number|null)[]} opts.funcStarts each one's offset in js (null for Porffor's builtins)
 * @param {Map<string, number>} opts.symbols C symbol -> defined function position
 * @returns {{ functions: Record<string, { name: string, file?: string, line?: number, column?: number }> }}
 */
export function debugMap({ js, map, funcNames, funcStarts, symbols }) {
  const locate = bundleLocator(js, map);
  const functions = {};
  for (const [symbol, i] of symbols) {
    const name = funcNames[i];
    const start = funcStarts[i];
    functions[symbol] = { name, ...(start === null || start === undefined ? {} : locate(start)) };
  }
  return { functions };
}

/**
 * Where an offset in the bundle came from in TypeScript.
 * @param {string} js the bundle
 * @param {object} map esbuild's source map of it (absolute sources)
 * @returns {(offset: number) => ({ file: string, line: number, column: number } | {})} line and column from 1
 */
export function bundleLocator(js, map) {
  const lineStarts = [0];
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const sourceMap = new SourceMap(map);
  return (offset) => {
    let line = 0;
    for (let lo = 0, hi = lineStarts.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid] <= offset) { line = mid; lo = mid + 1; } else hi = mid - 1;
    }
    const entry = sourceMap.findEntry(line, offset - lineStarts[line]);
    return entry?.originalSource ? { file: entry.originalSource, line: entry.originalLine + 1, column: entry.originalColumn + 1 } : {};
  };
}
