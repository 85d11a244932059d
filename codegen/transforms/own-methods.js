// Calls of a program's own methods whose names are also builtins' (toString,
// valueOf, add, set, get, push, join, ...). Porffor sends such a call through
// its builtin dispatch by the receiver's run-time type, and for an object
// through its Object.prototype version, which calls the program's method
// without the arguments: `m.toString(1)` ran toString(). When the receiver's
// type is a class or interface of the program that declares the method, the
// call names it as a computed member, `m["toString"](1)`, which Porffor calls
// as a plain method.

import ts from 'typescript';

/** Method names some builtin prototype has (`__Set_prototype_add` -> add). */
function builtinMethodNames(builtinNames) {
  const out = new Set();
  for (const n of builtinNames) {
    const m = /_prototype_([A-Za-z0-9]+)$/.exec(n);
    if (m) out.add(m[1]);
  }
  return out;
}

export function ownMethods(program, { builtinNames = new Set() } = {}) {
  const checker = program.getTypeChecker();
  const names = builtinMethodNames(builtinNames);
  const declaredByProgram = (expr, name) => {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(expr));
    const prop = checker.getPropertyOfType(type, name);
    return !!prop?.declarations?.length && prop.declarations.every((d) => !d.getSourceFile().isDeclarationFile &&
      (ts.isMethodDeclaration(d) || ts.isMethodSignature(d) || ts.isPropertyDeclaration(d) || ts.isPropertySignature(d)));
  };
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (!ts.isCallExpression(next) || !ts.isPropertyAccessExpression(next.expression)) return next;
      const callee = next.expression;
      const original = ts.getOriginalNode(node);
      if (!names.has(callee.name.text) || callee.expression.kind === ts.SyntaxKind.SuperKeyword) return next;
      if (!ts.isCallExpression(original) || !ts.isPropertyAccessExpression(original.expression)) return next;
      if (!declaredByProgram(original.expression.expression, callee.name.text)) return next;
      return f.updateCallExpression(next,
        f.createElementAccessExpression(callee.expression, f.createStringLiteral(callee.name.text)), next.typeArguments, next.arguments);
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
