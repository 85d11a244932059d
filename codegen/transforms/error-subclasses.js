// Classes extending Error (or TypeError, RangeError, ...). Porffor's Error is a
// primitive-like value, so `super(message)` in a subclass leaves `this` without
// `message` and `name`. After each such super call the instance gets both, as
// non-enumerable own properties, exactly as `e.message` and `e.name` read in Node;
// an implicit constructor is made explicit to carry the call. Converting such an
// instance to a string (String(e), `${e}`, e.toString()) reached Porffor's
// Error.prototype.toString, which reads the layout of its own errors and trapped:
// a class that extends a built-in error directly gets a toString of its own
// (Error.prototype.toString's steps), unless it declares one.

import ts from 'typescript';

const ERROR_TYPES = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError']);

/** The built-in error a class finally extends, or null. */
function builtinErrorBase(checker, cls) {
  let node = cls;
  for (let guard = 0; node && guard < 50; guard++) {
    const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!heritage) return null;
    const expr = heritage.expression;
    if (ts.isIdentifier(expr) && ERROR_TYPES.has(expr.text)) {
      const sym = checker.getSymbolAtLocation(expr);
      if (sym?.declarations?.every((d) => d.getSourceFile().isDeclarationFile)) return expr.text;
    }
    const sym = checker.getSymbolAtLocation(expr);
    const target = sym && (sym.flags & ts.SymbolFlags.Alias) ? checker.getAliasedSymbol(sym) : sym;
    node = target?.declarations?.find((d) => ts.isClassDeclaration(d) || ts.isClassExpression(d));
  }
  return null;
}

/** Does the class's `extends` name a built-in error itself (not a class of the program's)? */
function extendsBuiltinDirectly(cls) {
  const expr = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  return !!expr && ts.isIdentifier(expr) && ERROR_TYPES.has(expr.text);
}

export function errorSubclasses(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const initCall = (baseName, messageExpr) => f.createExpressionStatement(f.createCallExpression(
      f.createIdentifier('__hx_init_error'), undefined, [f.createThis(), f.createStringLiteral(baseName), messageExpr]));

    const rewriteConstructor = (ctor, baseName) => {
      let counter = 0;
      const visit = (node) => {
        // Don't descend into nested functions or classes: their super calls are not ours.
        if (node !== ctor && (ts.isFunctionLike(node) || ts.isClassLike(node))) return node;
        if (ts.isExpressionStatement(node) && ts.isCallExpression(node.expression) &&
            node.expression.expression.kind === ts.SyntaxKind.SuperKeyword) {
          const args = node.expression.arguments;
          const temp = f.createUniqueName(`__hx_message${counter++}`);
          // const temp = <first argument>; super(temp, ...rest); __hx_init_error(this, base, temp);
          const decl = f.createVariableStatement(undefined, f.createVariableDeclarationList(
            [f.createVariableDeclaration(temp, undefined, undefined, args[0] ?? f.createIdentifier('undefined'))],
            ts.NodeFlags.Const));
          const call = f.updateExpressionStatement(node, f.updateCallExpression(node.expression,
            node.expression.expression, undefined, [temp, ...args.slice(1)]));
          return [decl, call, initCall(baseName, temp)];
        }
        return ts.visitEachChild(node, visit, context);
      };
      return ts.visitEachChild(ctor, visit, context);
    };

    const visitClass = (node) => {
      const baseName = builtinErrorBase(checker, node);
      // A class of the program further down the chain: its super call reaches one that does this already.
      if (!baseName || !extendsBuiltinDirectly(node)) return node;
      const ctor = node.members.find(ts.isConstructorDeclaration);
      let members;
      if (ctor?.body) {
        members = node.members.map((m) => (m === ctor ? rewriteConstructor(ctor, baseName) : m));
      } else {
        // constructor(message?: any, ...rest: any[]) { super(message, ...rest); __hx_init_error(this, base, message); }
        const message = f.createIdentifier('message');
        const rest = f.createIdentifier('rest');
        const implicit = f.createConstructorDeclaration(undefined, [
          f.createParameterDeclaration(undefined, undefined, message, f.createToken(ts.SyntaxKind.QuestionToken),
            f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword)),
          f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), rest, undefined,
            f.createArrayTypeNode(f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword))),
        ], f.createBlock([
          f.createExpressionStatement(f.createCallExpression(f.createSuper(), undefined, [message, f.createSpreadElement(rest)])),
          initCall(baseName, message),
        ], true));
        members = [implicit, ...node.members];
      }
      if (!members.some((m) => ts.isMethodDeclaration(m) && m.name && ts.isIdentifier(m.name) && m.name.text === 'toString')) {
        // toString(): string { return __hx_error_string(this); }
        members = [...members, f.createMethodDeclaration(undefined, undefined, 'toString', undefined, undefined, [],
          f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
          f.createBlock([f.createReturnStatement(f.createCallExpression(f.createIdentifier('__hx_error_string'), undefined, [f.createThis()]))], true))];
      }
      return ts.isClassDeclaration(node)
        ? f.updateClassDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members)
        : f.updateClassExpression(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
    };

    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      return ts.isClassDeclaration(next) || ts.isClassExpression(next) ? visitClass(next) : next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
