// Fast type checking of generated sources: the compiler's own options
// (codegen/typecheck.js) and globals, with the library files parsed once per
// process, so that checking one more candidate costs only its own file.

import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

import { COMPILER_OPTIONS } from '../../codegen/typecheck.js';
import { TYPES_DIR } from '../../sdk/paths.js';

const GLOBALS = path.join(TYPES_DIR, 'globals.d.ts');
const cache = new Map(); // file name -> SourceFile (library and SDK files only)
let oldProgram;

function makeHost(files) {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (files.has(fileName)) return ts.createSourceFile(fileName, files.get(fileName), languageVersion, true);
    if (!cache.has(fileName)) cache.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return cache.get(fileName);
  };
  host.fileExists = (f) => files.has(f) || fs.existsSync(f);
  host.readFile = (f) => (files.has(f) ? files.get(f) : fs.readFileSync(f, 'utf8'));
  return host;
}

/**
 * Type-check one source text as the build would.
 * @param {string} source
 * @param {string} [fileName] a virtual absolute path
 * @returns {{ line: number, column: number, message: string, code: number }[]} the errors (empty: it type-checks)
 */
export function typeErrors(source, fileName = path.resolve('/virtual/fuzz/main.ts')) {
  const files = new Map([[fileName, source]]);
  const program = ts.createProgram({ rootNames: [fileName, GLOBALS], options: COMPILER_OPTIONS, host: makeHost(files), oldProgram });
  oldProgram = program;
  const sf = program.getSourceFile(fileName);
  return ts.getPreEmitDiagnostics(program, sf)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: -1, character: -1 };
      return { line: pos.line + 1, column: pos.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n'), code: d.code };
    });
}
