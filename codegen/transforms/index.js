// Stage 2b: source transforms. After type-checking, the application's TypeScript
// is rewritten where Porffor would compile it wrongly but an equivalent program
// compiles right. Each transform is a function (program) => ts.TransformerFactory
// that may use the type checker; the printed result replaces the file's text
// when esbuild bundles it (bundle.js). Files no transform touches are bundled as
// written.

import ts from 'typescript';

import { BuildError } from '../diagnostics.js';

import { classOrder } from './class-order.js';
import { closures } from './closures.js';
import { destructuring } from './destructuring.js';
import { errorInstanceof } from './error-instanceof.js';
import { errorSubclasses } from './error-subclasses.js';
import { finallyBlocks } from './finally.js';
import { iterables } from './iterables.js';
import { libraryCalls } from './library-calls.js';
import { looseEquality } from './loose-equality.js';
import { json } from './json.js';
import { ownMethods } from './own-methods.js';
import { ownNames } from './own-names.js';
import { spread } from './spread.js';
import { stringCompare } from './string-compare.js';
import { superAccessors } from './super-accessors.js';
import { stringReplace } from './string-replace.js';
import { registers } from './registers.js';

export const TRANSFORMS = [
  { name: 'registers', make: registers }, // first: later transforms see plain numbers and calls
  { name: 'own-names', make: ownNames },
  { name: 'class-order', make: classOrder },
  { name: 'spread', make: spread }, // before error-subclasses, whose super(message, ...rest) is Porffor's to spread
  { name: 'iterables', make: iterables },
  { name: 'destructuring', make: destructuring }, // after iterables, whose loops may assign to a pattern
  { name: 'own-methods', make: ownMethods },
  { name: 'super-accessors', make: superAccessors },
  { name: 'error-subclasses', make: errorSubclasses },
  { name: 'error-instanceof', make: errorInstanceof },
  { name: 'string-replace', make: stringReplace },
  { name: 'library-calls', make: libraryCalls },
  { name: 'json', make: json }, // JSON.stringify/parse of the global JSON -> sdk/runtime/json.ts
  { name: 'string-compare', make: stringCompare },
  { name: 'loose-equality', make: looseEquality },
  { name: 'closures', make: closures }, // before finally, which lowers the try/finally it adds
  { name: 'finally', make: finallyBlocks },
];

/**
 * @param {ts.Program} program a type-checked program
 * @param {object} [opts]
 * @param {Set<string>} [opts.builtinNames] Porffor's builtins (porffor.js porfforBuiltinNames)
 * @returns {Map<string, string>} file name -> transformed TypeScript, for the files that changed
 */
export function transformSources(program, opts = {}) {
  const factories = TRANSFORMS.map((t) => t.make(program, opts));
  const out = new Map();
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    let result;
    try {
      result = ts.transform(sf, factories);
    } catch (e) {
      if (e instanceof BuildError) throw e; // a transform's own refusal, at its line
      throw new BuildError(`the compiler failed while rewriting this file: ${e.message}`, {
        file: sf.fileName, hint: 'this is a compiler bug; please report it with the program that triggers it',
      });
    }
    const transformed = result.transformed[0];
    if (transformed !== sf) out.set(sf.fileName, printWithSourceMap(transformed, sf));
    result.dispose();
  }
  return out;
}

/*
 * The printer reformats the whole file, so its lines are not the user's. An inline source map back to the
 * original lets esbuild chain it into the bundle's map, and crash addresses still name the user's lines.
 * The printer's source-map writer is TypeScript's internal API (the one its own emitter uses).
 */
function printWithSourceMap(transformed, original) {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, sourceMap: true });
  const writer = ts.createTextWriter('\n');
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '/', getCompilerOptions: () => ({}) };
  const generator = ts.createSourceMapGenerator(host, original.fileName, '', '/', {});
  printer.writeFile(transformed, writer, generator);
  const map = { ...generator.toJSON(), sources: [original.fileName], sourcesContent: [original.text] };
  return `${writer.getText()}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
