// Temporary variables for expression rewrites. A rewrite that must evaluate
// something once and use it twice asks for a temporary; it is declared
// (`let __hx_tN: any;`) at the top of the nearest function body, or of the
// module, so it is a local of the function whose call uses it (recursion keeps
// its own) and is assigned inside the expression, keeping evaluation order.

import ts from 'typescript';

/**
 * @param {ts.TransformationContext} context
 * @param {string} prefix names are `${prefix}${n}`
 * @returns {{ temp: () => ts.Identifier, scoped: (node: ts.Node, visit: (n: ts.Node) => ts.Node) => ts.Node }}
 *   temp(): a new temporary in the current scope; scoped(node, visit): visit a function-like node or source file
 *   with its own scope and declare its temporaries
 */
export function tempScopes(context, prefix) {
  const f = context.factory;
  const stack = [];
  let counter = 0;

  const temp = () => {
    const id = f.createIdentifier(`${prefix}${counter++}`);
    stack[stack.length - 1].push(id);
    return id;
  };

  const declarations = (names) => f.createVariableStatement(undefined, f.createVariableDeclarationList(
    names.map((n) => f.createVariableDeclaration(n, undefined, f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword))),
    ts.NodeFlags.Let));

  /** Function-likes with a body get a scope; anything else (a class field initialiser) uses the enclosing one. */
  const ownsScope = (node) => ts.isSourceFile(node) || (ts.isFunctionLike(node) && !!node.body);

  const scoped = (node, visit) => {
    if (!ownsScope(node)) return ts.visitEachChild(node, visit, context);
    stack.push([]);
    const next = ts.visitEachChild(node, visit, context);
    const names = stack.pop();
    if (!names.length) return next;
    if (ts.isSourceFile(next)) {
      const imports = next.statements.filter((s) => ts.isImportDeclaration(s));
      const rest = next.statements.filter((s) => !ts.isImportDeclaration(s));
      return f.updateSourceFile(next, [...imports, declarations(names), ...rest]);
    }
    const body = ts.isBlock(next.body)
      ? f.updateBlock(next.body, [declarations(names), ...next.body.statements])
      : f.createBlock([declarations(names), f.createReturnStatement(next.body)], true);
    return withBody(f, next, body);
  };

  return { temp, scoped, ownsScope };
}

/** The same function-like node with another body. */
export function withBody(f, n, body) {
  if (ts.isArrowFunction(n)) return f.updateArrowFunction(n, n.modifiers, n.typeParameters, n.parameters, n.type, n.equalsGreaterThanToken, body);
  if (ts.isFunctionDeclaration(n)) return f.updateFunctionDeclaration(n, n.modifiers, n.asteriskToken, n.name, n.typeParameters, n.parameters, n.type, body);
  if (ts.isFunctionExpression(n)) return f.updateFunctionExpression(n, n.modifiers, n.asteriskToken, n.name, n.typeParameters, n.parameters, n.type, body);
  if (ts.isMethodDeclaration(n)) return f.updateMethodDeclaration(n, n.modifiers, n.asteriskToken, n.name, n.questionToken, n.typeParameters, n.parameters, n.type, body);
  if (ts.isConstructorDeclaration(n)) return f.updateConstructorDeclaration(n, n.modifiers, n.parameters, body);
  if (ts.isGetAccessor(n)) return f.updateGetAccessorDeclaration(n, n.modifiers, n.name, n.parameters, n.type, body);
  if (ts.isSetAccessor(n)) return f.updateSetAccessorDeclaration(n, n.modifiers, n.name, n.parameters, body);
  throw new Error(`temps: cannot give a ${ts.SyntaxKind[n.kind]} a new body`);
}
