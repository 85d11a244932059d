// Stage 1: strict type-check of the application with the TypeScript compiler API,
// against the ES2022 library and the SDK's own typings (no DOM, no Node).

import path from 'node:path';
import ts from 'typescript';

import { API_DIR, TYPES_DIR } from '../sdk/paths.js';
import { BuildError, BuildErrors } from './diagnostics.js';

export const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  allowImportingTsExtensions: true,
  forceConsistentCasingInFileNames: true,
  skipLibCheck: true,
  paths: { 'helix-sdk': [path.join(API_DIR, 'index.ts')] },
};

/** Hints for diagnostics that have an SDK-specific cause. */
function hintFor(message) {
  if (message.includes('HelixPrintable')) {
    return 'console.log on a device prints strings, numbers, booleans, null and undefined; ' +
      'format objects and arrays yourself (for example with a template literal).';
  }
  if (message.includes("'helix-sdk/board'")) {
    return 'this board has no TypeScript board support: its board file names none with `support = "<module>"`.';
  }
  if (/Property '(write|writeFields|set|modify)' does not exist on type 'Register</.test(message)) {
    return 'the register is read-only (\'ro\' in its Register<offset, access> type); see docs/driver-guide.md.';
  }
  if (/Property '(read|get)' does not exist on type 'Register</.test(message)) {
    return 'the register is write-only (\'wo\' in its Register<offset, access> type); see docs/driver-guide.md.';
  }
  if (/Cannot find name '(window|document|process|require|setTimeout|setInterval|fetch)'/.test(message)) {
    return 'browser and Node.js APIs do not exist on the device; see docs/language.md for what programs can use.';
  }
  return undefined;
}

/** Convert a TypeScript diagnostic into a BuildError with position and code frame. */
export function diagnosticToError(d) {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return new BuildError(`${message} (TS${d.code})`, { hint: hintFor(message) });
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return new BuildError(`${message} (TS${d.code})`, {
    file: d.file.fileName,
    line: line + 1,
    column: character + 1,
    source: d.file.text,
    hint: hintFor(message),
  });
}

/**
 * Type-check the program rooted at `entry`.
 * @returns {ts.Program} the checked program (reused by the subset checker)
 * @throws {BuildErrors} every error found, in file order
 */
export function typeCheck(entry, { support = null } = {}) {
  const roots = [entry, path.join(TYPES_DIR, 'globals.d.ts')];
  const options = support ? { ...COMPILER_OPTIONS, paths: { ...COMPILER_OPTIONS.paths, 'helix-sdk/board': [support] } } : COMPILER_OPTIONS;
  const program = ts.createProgram(roots, options);
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length) throw new BuildErrors(diagnostics.map(diagnosticToError));
  return program;
}
