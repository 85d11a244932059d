// String.prototype.replace and replaceAll with a string pattern and a string
// replacement (Porffor has neither). Calls are rewritten to runtime helpers
// (sdk/runtime/strings.ts) that follow ECMAScript GetSubstitution, $-patterns
// included. Other forms (RegExp patterns, replacer functions) are left alone and
// refused by the subset check as unsupported members.

import ts from 'typescript';

import { isStringish } from './string-types.js';

/** Is this call one the transform rewrites (string receiver, pattern and replacement)? */
export function isRewrittenReplace(checker, call) {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || call.arguments.length !== 2) return false;
  if (callee.name.text !== 'replace' && callee.name.text !== 'replaceAll') return false;
  return isStringish(checker, callee.expression) && isStringish(checker, call.arguments[0]) &&
    isStringish(checker, call.arguments[1]);
}

export function stringReplace(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (!ts.isCallExpression(next) || !ts.isCallExpression(node) || !isRewrittenReplace(checker, node)) return next;
      const method = node.expression.name.text;
      const nextCallee = next.expression;
      const call = f.createCallExpression(f.createIdentifier(method === 'replace' ? '__hx_string_replace' : '__hx_string_replace_all'),
        undefined, [nextCallee.expression, ...next.arguments]);
      return ts.setOriginalNode(call, node); // later transforms ask its type (a string)
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
