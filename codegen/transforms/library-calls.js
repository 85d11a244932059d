// Library functions Porffor has in a form that gives other answers than
// JavaScript, replaced by runtime helpers written in TypeScript
// (sdk/runtime/numbers.ts): Porffor's Number.isInteger and its kin read the
// value's bits without its type (undefined passed for 0), and Number.isNaN was
// the global isNaN, which converts its argument first. `Number(x)` gave 0 for
// undefined; it becomes `+x`, which converts as JavaScript does. `s.repeat(n)`
// goes through __hx_string_repeat (sdk/runtime/strings.ts): Porffor's builtin
// sees the count as an i32 and cannot name it in its RangeError, as V8 does.
// A DataView setter's value goes through unary plus: Porffor's take the
// raw value, so undefined (an element read past the end) was stored as 0, not NaN.
// So does an element read stored into a typed array (`ta[i] = other[j]`), which
// Porffor stored raw too; other values of a number type cannot be undefined.
// Math.max, Math.min and Math.hypot taken as values (`list.reduce(Math.max)`,
// `const pick = Math.min`) become an arrow that calls the runtime's versions
// with the arguments as an array (sdk/runtime/iteration.ts): Porffor compiles
// max and min inline at each call and has hypot of two arguments only, so
// called through a value they gave 0 or ignored arguments.

import ts from 'typescript';

import { TYPED_ARRAYS } from '../iterables.js';
import { isStringish } from './string-types.js';

const HELPERS = {
  'Number.isInteger': '__hx_number_is_integer',
  'Number.isSafeInteger': '__hx_number_is_safe_integer',
  'Number.isFinite': '__hx_number_is_finite',
  'Number.isNaN': '__hx_number_is_nan',
  isNaN: '__hx_is_nan',
  isFinite: '__hx_is_finite',
};

/** `Number.isNaN` or `isNaN` as written, when the name is the library's (not a program's own). */
function libraryName(checker, callee) {
  const name = ts.isIdentifier(callee) ? callee.text
    : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? `${callee.expression.text}.${callee.name.text}` : null;
  if (!name || !HELPERS[name]) return null;
  const decl = checker.getSymbolAtLocation(ts.isIdentifier(callee) ? callee : callee.name)?.declarations?.[0];
  return decl?.getSourceFile().isDeclarationFile ? name : null;
}

/** The global Number (called, not constructed). */
function isLibraryNumber(checker, callee) {
  if (!ts.isIdentifier(callee) || callee.text !== 'Number') return false;
  return !!checker.getSymbolAtLocation(callee)?.declarations?.[0]?.getSourceFile().isDeclarationFile;
}

/** `s.repeat(n)` on a string, the library's method. */
function isStringRepeat(checker, call) {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'repeat' || call.arguments.length !== 1) return false;
  if (ts.isSpreadElement(call.arguments[0]) || !isStringish(checker, callee.expression)) return false;
  return !!checker.getSymbolAtLocation(callee.name)?.declarations?.[0]?.getSourceFile().isDeclarationFile;
}

const DATAVIEW_SETTERS = new Set(['setInt8', 'setUint8', 'setInt16', 'setUint16', 'setInt32', 'setUint32', 'setFloat32', 'setFloat64']);

/** `dv.setFloat32(offset, value)` and kin on the library's DataView. */
function isDataViewSetter(checker, call) {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !DATAVIEW_SETTERS.has(callee.name.text)) return false;
  if (call.arguments.length < 2 || call.arguments.slice(0, 2).some((a) => ts.isSpreadElement(a))) return false;
  const decl = checker.getSymbolAtLocation(callee.name)?.declarations?.[0];
  return !!decl?.getSourceFile().isDeclarationFile && ts.isInterfaceDeclaration(decl.parent) && decl.parent.name.text === 'DataView';
}

const MATH_VARIADIC = new Set(['max', 'min', 'hypot']);

/** `Math.max` (min, hypot) of the library, used as a value rather than called. */
function isMathVariadicValue(checker, node) {
  if (!ts.isPropertyAccessExpression(node) || !MATH_VARIADIC.has(node.name.text)) return false;
  if (!ts.isIdentifier(node.expression) || node.expression.text !== 'Math') return false;
  const parent = node.parent;
  if (parent && ts.isCallExpression(parent) && parent.expression === node) return false;
  return !!checker.getSymbolAtLocation(node.expression)?.declarations?.every((d) => d.getSourceFile().isDeclarationFile);
}

/** `ta[i] = v` with `ta` one of the library's typed arrays (not a BigInt one) and a plain `=`. */
function isTypedArrayStore(checker, node) {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  if (!ts.isElementAccessExpression(node.left)) return false;
  const sym = checker.getNonNullableType(checker.getTypeAtLocation(node.left.expression)).getSymbol();
  return !!sym && TYPED_ARRAYS.has(sym.name) && (sym.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
}

/** Can the value be undefined at run time though its type is a number: an element read (past the end), also in ?: */
function mayReadUndefined(node) {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isElementAccessExpression(node)) return true;
  return ts.isConditionalExpression(node) && (mayReadUndefined(node.whenTrue) || mayReadUndefined(node.whenFalse));
}

export function libraryCalls(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      const original = ts.getOriginalNode(node);
      if (ts.isPropertyAccessExpression(next) && original.parent && isMathVariadicValue(checker, original)) {
        // (function max(...values: number[]): number { return __hx_math_max(values); }) (sdk/runtime/iteration.ts, as for
        // Math.max(...xs)); named as the library's is (its length is 0, where the library's is 2)
        const values = f.createUniqueName('__hx_values');
        const param = f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), values, undefined,
          f.createArrayTypeNode(f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword)));
        const call = f.createCallExpression(f.createIdentifier(`__hx_math_${next.name.text}`), undefined, [values]);
        return f.createParenthesizedExpression(f.createFunctionExpression(undefined, undefined, next.name.text, undefined, [param],
          f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword), f.createBlock([f.createReturnStatement(call)])));
      }
      if (ts.isBinaryExpression(next) && isTypedArrayStore(checker, original) && mayReadUndefined(original.right)) {
        // ToNumber first, as the element store does in JavaScript (undefined is NaN)
        return f.updateBinaryExpression(next, next.left, next.operatorToken, f.createParenthesizedExpression(f.createPrefixPlus(next.right)));
      }
      if (!ts.isCallExpression(next)) return next;
      if (ts.isCallExpression(original) && isLibraryNumber(checker, original.expression) && next.arguments.length === 1) {
        return f.createParenthesizedExpression(f.createPrefixPlus(next.arguments[0]));
      }
      if (ts.isCallExpression(original) && isStringRepeat(checker, original) && ts.isPropertyAccessExpression(next.expression)) {
        const call = f.createCallExpression(f.createIdentifier('__hx_string_repeat'), undefined, [next.expression.expression, ...next.arguments]);
        return ts.setOriginalNode(call, original); // later transforms ask its type (a string)
      }
      if (ts.isCallExpression(original) && isDataViewSetter(checker, original)) {
        // its value: ToNumber first (undefined is NaN, as JavaScript's setters convert it)
        const args = next.arguments.map((a, i) => (i === 1 ? f.createParenthesizedExpression(f.createPrefixPlus(a)) : a));
        return f.updateCallExpression(next, next.expression, next.typeArguments, args);
      }
      const name = ts.isCallExpression(original) && libraryName(checker, original.expression);
      if (!name) return next;
      return f.updateCallExpression(next, f.createIdentifier(HELPERS[name]), undefined, next.arguments);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
