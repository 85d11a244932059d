// `a < b` (and >, <=, >=) on two strings. Porffor compiles relational operators
// as number comparisons only, so on strings it compared memory addresses. With
// both operands typed as strings, the comparison becomes a call to a runtime
// helper (sdk/runtime/strings.ts) that compares code units as JavaScript does.

import ts from 'typescript';

import { isStringish } from './string-types.js';

const HELPERS = new Map([
  [ts.SyntaxKind.LessThanToken, '__hx_string_less'],
  [ts.SyntaxKind.GreaterThanToken, '__hx_string_greater'],
  [ts.SyntaxKind.LessThanEqualsToken, '__hx_string_less_equal'],
  [ts.SyntaxKind.GreaterThanEqualsToken, '__hx_string_greater_equal'],
]);

export function stringCompare(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (!ts.isBinaryExpression(node) || !HELPERS.has(node.operatorToken.kind)) return next;
      if (!isStringish(checker, node.left) || !isStringish(checker, node.right)) return next;
      // one helper per operator keeps the operands evaluated left to right
      return f.createCallExpression(f.createIdentifier(HELPERS.get(node.operatorToken.kind)), undefined, [next.left, next.right]);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
