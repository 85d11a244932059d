// Library functions Porffor has in a form that gives other answers than
// JavaScript, replaced by runtime helpers written in TypeScript
// (sdk/runtime/numbers.ts): Porffor's Number.isInteger and its kin read the
// value's bits without its type (undefined passed for 0), and Number.isNaN was
// the global isNaN, which converts its argument first. `Number(x)` gave 0 for
// undefined; it becomes `+x`, which converts as JavaScript does. `s.repeat(n)`
// goes through __hx_string_repeat (sdk/runtime/strings.ts): Porffor's builtin
// sees the count as an i32 and cannot name it in its RangeError, as V8 does.

import ts from 'typescript';

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

export function libraryCalls(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (!ts.isCallExpression(next)) return next;
      const original = ts.getOriginalNode(node);
      if (ts.isCallExpression(original) && isLibraryNumber(checker, original.expression) && next.arguments.length === 1) {
        return f.createParenthesizedExpression(f.createPrefixPlus(next.arguments[0]));
      }
      if (ts.isCallExpression(original) && isStringRepeat(checker, original) && ts.isPropertyAccessExpression(next.expression)) {
        const call = f.createCallExpression(f.createIdentifier('__hx_string_repeat'), undefined, [next.expression.expression, ...next.arguments]);
        return ts.setOriginalNode(call, original); // later transforms ask its type (a string)
      }
      const name = ts.isCallExpression(original) && libraryName(checker, original.expression);
      if (!name) return next;
      return f.updateCallExpression(next, f.createIdentifier(HELPERS[name]), undefined, next.arguments);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
