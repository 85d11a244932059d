// `e instanceof Error` for the built-in error kinds. Porffor keeps TypeError,
// RangeError and the others as types of their own, not as kinds of Error, so a
// RangeError the program (or the runtime: toFixed(200), a typed array's bounds)
// threw was not `instanceof Error`, and a catch block that checks for it took
// the wrong branch. The check becomes __hx_is_error(e) (sdk/runtime/errors.ts),
// which accepts every kind.

import ts from 'typescript';

const isLibDeclaration = (d) => d.getSourceFile().isDeclarationFile;

export function errorInstanceof(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isBinaryExpression(next) && next.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword &&
          ts.isIdentifier(next.right) && next.right.text === 'Error') {
        const original = ts.getOriginalNode(node);
        const decl = ts.isBinaryExpression(original) ? checker.getSymbolAtLocation(original.right)?.declarations?.[0] : null;
        if (decl && isLibDeclaration(decl)) return f.createCallExpression(f.createIdentifier('__hx_is_error'), undefined, [next.left]);
      }
      return next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
