// `a == b` and `a != b` between values of different kinds. Porffor compares a
// string with anything as strings ("" == 0 was false, "1e1" == 10 false) and
// booleans as numbers only sometimes. Where the type checker cannot promise
// that both operands are the same kind of value (any, unknown, unions across
// kinds, or two different kinds), the comparison becomes a call to a runtime
// helper (sdk/runtime/numbers.ts) that follows JavaScript's IsLooselyEqual.
// Comparisons with a literal null or undefined stay: Porffor's nullish test is right.

import ts from 'typescript';

import { valueKind } from './string-types.js';

const isNullishLiteral = (n) => n.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(n) && n.text === 'undefined');

export function looseEquality(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (!ts.isBinaryExpression(node)) return next;
      const op = node.operatorToken.kind;
      if (op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return next;
      if (isNullishLiteral(node.left) || isNullishLiteral(node.right)) return next;
      const left = valueKind(checker, node.left);
      const right = valueKind(checker, node.right);
      if (left === right && left !== 'mixed') return next;
      if (left === 'nullish' || right === 'nullish') return next; // only null and undefined equal them: Porffor's test
      const call = f.createCallExpression(f.createIdentifier('__hx_loose_equal'), undefined, [next.left, next.right]);
      return op === ts.SyntaxKind.EqualsEqualsToken ? call : f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, call);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
