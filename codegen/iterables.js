// What kind of iterable an expression is, from its TypeScript type, and what a
// call with spread arguments needs. Porffor iterates built-in types only (arrays,
// strings, Map, Set, typed arrays), spreads only arrays, and passes a spread
// array as the callee's rest parameter as it is; the spread transform
// (transforms/spread.js) and the for...of lowering (transforms/iterables.js)
// use these answers, the subset check (subset.js) refuses what neither can do.

import ts from 'typescript';

const isLibDeclaration = (d) => d.getSourceFile().isDeclarationFile;

/** Library types Porffor's for...of and Array.from handle themselves. */
const BUILTIN_ITERABLES = new Set(['Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'String', 'Int8Array', 'Uint8Array',
  'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
  'IterableIterator']);

/**
 * 'array' (an Array or tuple), 'builtin' (string, Map, Set, typed array, their iterators), 'user' (a class or
 * object type of the program with [Symbol.iterator]), 'unknown' (say, a parameter typed Iterable<T>), or 'any'.
 * @param {ts.TypeChecker} checker
 * @param {ts.Node} expr an original (type-checked) node
 */
export function iterableKind(checker, expr) {
  return kindOfType(checker, checker.getTypeAtLocation(expr));
}

function kindOfType(checker, type) {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'any';
  if (type.isUnion()) {
    const kinds = new Set(type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)))
      .map((t) => kindOfType(checker, t)));
    return kinds.size === 1 ? [...kinds][0] : 'unknown';
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) return 'array';
  if (type.flags & ts.TypeFlags.StringLike) return 'builtin';
  const sym = type.getSymbol() ?? type.aliasSymbol;
  const decls = sym?.declarations ?? [];
  if (decls.length && decls.every(isLibDeclaration)) return BUILTIN_ITERABLES.has(sym.name) ? 'builtin' : 'unknown';
  if (decls.length && hasIteratorMethod(checker, type)) return 'user';
  return 'unknown';
}

export const TYPED_ARRAYS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array']);

/** An array or a typed array: indexing it gives what iterating it gives, in order. */
export function indexesLikeItsValues(checker, expr) {
  if (iterableKind(checker, expr) === 'array') return true;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(expr));
  const sym = type.getSymbol();
  return !!sym && TYPED_ARRAYS.has(sym.name) && (sym.declarations ?? []).every(isLibDeclaration);
}

function hasIteratorMethod(checker, type) {
  return checker.getPropertiesOfType(type).some((p) => String(p.escapedName).startsWith('__@iterator'));
}

/**
 * Does the iterator a user iterable gives have a `return` method (called when a loop leaves early)?
 * @returns {'no' | 'maybe' | 'yes'} maybe: its type declares an optional one (Iterator<T> does)
 */
export function iteratorHasReturn(checker, expr) {
  const type = checker.getTypeAtLocation(expr);
  const iterProp = checker.getPropertiesOfType(type).find((p) => String(p.escapedName).startsWith('__@iterator'));
  if (!iterProp) return 'no';
  const method = checker.getTypeOfSymbolAtLocation(iterProp, expr);
  const sig = method.getCallSignatures()[0];
  const ret = sig && checker.getPropertyOfType(sig.getReturnType(), 'return');
  if (!ret) return 'no';
  return ret.flags & ts.SymbolFlags.Optional ? 'maybe' : 'yes';
}

// Library functions whose arguments Porffor's own code reads one by one: given spread arguments, they run on
// an array instead (sdk/runtime/iteration.ts).
export const SPREAD_HELPERS = { 'Math.max': '__hx_math_max', 'Math.min': '__hx_math_min', 'Math.hypot': '__hx_math_hypot' };

/** Library functions Porffor reads a fixed number of arguments of: with any other count, the helper too. */
export const ARITY_HELPERS = { 'Math.hypot': { arity: 2, helper: '__hx_math_hypot' } };

/**
 * How a call (or `new`, or `super(...)`) with spread arguments is compiled.
 * @returns {{ how: 'none' } | { how: 'program', params: number, rest: boolean }
 *   | { how: 'helper', helper: string } | { how: 'rest', restIndex: number } | { how: 'refuse', detail: string }}
 *   program: a function of the program with `params` parameters before an optional rest parameter;
 *   helper: a library function replaced by a runtime helper taking one array; rest: a library function whose
 *   arguments from restIndex on are its rest parameter
 */
export function spreadCall(checker, call) {
  const args = call.arguments ?? [];
  const first = args.findIndex((a) => ts.isSpreadElement(a));
  const fixed = ARITY_HELPERS[calleeName(call)];
  if (first < 0 && fixed && args.length !== fixed.arity && isLibCall(checker, call)) return { how: 'helper', helper: fixed.helper };
  if (first < 0) return { how: 'none' };
  const name = calleeName(call);
  if (SPREAD_HELPERS[name]) return { how: 'helper', helper: SPREAD_HELPERS[name] };
  const decl = checker.getResolvedSignature(call)?.declaration;
  if (!decl || !decl.parameters) return { how: 'refuse', detail: `spread arguments to ${name || 'this call'}` };
  const restIndex = decl.parameters.findIndex((p) => p.dotDotDotToken);
  if (!isLibDeclaration(decl)) {
    return { how: 'program', params: restIndex < 0 ? decl.parameters.length : restIndex, rest: restIndex >= 0 };
  }
  if (restIndex < 0 || first < restIndex) {
    return { how: 'refuse', detail: `spread arguments to ${name || 'a library function'} (it takes no rest parameter there)` };
  }
  return { how: 'rest', restIndex };
}

/** Does the call reach the library's function (not a program's own `Math`)? */
function isLibCall(checker, call) {
  const decl = checker.getResolvedSignature(call)?.declaration;
  return !!decl && isLibDeclaration(decl);
}

/** `Math.max`, `xs.push`, `String.fromCharCode`: the callee as written, for messages and the helper table. */
function calleeName(call) {
  const e = call.expression;
  if (ts.isPropertyAccessExpression(e)) return `${ts.isIdentifier(e.expression) ? e.expression.text : '…'}.${e.name.text}`;
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.SuperKeyword) return 'super';
  return '';
}
