// Reading a parent's getter through `super` (or writing its setter). Porffor
// runs `super.label` without the instance as `this`, so a getter reading
// this.v saw undefined. An accessor of the program that is reached through
// super gets a companion method with its body, which the accessor calls, and
// `super.label` becomes a call of the companion, as `super.method()` works:
//
//   get label() { return `v=${this.v}`; }  ->  get label() { return this.__hx_get_label(); }
//                                               __hx_get_label() { return `v=${this.v}`; }
//   super.label + "!"                      ->  super.__hx_get_label() + "!"
//   super.label = v;                       ->  super.__hx_set_label(v);

import ts from 'typescript';

// Companions are named after their class too, so a subclass's own companion never overrides its parent's.
const owner = (accessor) => (accessor.parent.name ? accessor.parent.name.text : `anon${accessor.parent.pos}`);
const getterName = (accessor) => `__hx_get_${owner(accessor)}_${accessor.name.text}`;
const setterName = (accessor) => `__hx_set_${owner(accessor)}_${accessor.name.text}`;

/** Is this `super.x` the target of a plain assignment statement (`super.x = v;`)? */
function isSetStatement(node) {
  const p = node.parent;
  return ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isExpressionStatement(p.parent);
}

/** The program's accessor declarations that some `super.x` reaches (read, or set by a statement). */
function accessorsReachedBySuper(program) {
  const checker = program.getTypeChecker();
  const reached = new Set();
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword &&
          !(ts.isCallExpression(node.parent) && node.parent.expression === node)) {
        const wanted = isSetStatement(node) ? ts.isSetAccessor : ts.isGetAccessor;
        for (const d of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (wanted(d) && !d.getSourceFile().isDeclarationFile) reached.add(d);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return reached;
}

export function superAccessors(program) {
  const checker = program.getTypeChecker();
  const reached = accessorsReachedBySuper(program);
  // the accessor declaration `super.x` reaches (a getter for a read, a setter for a set statement)
  const target = (superAccess, wanted) => (checker.getSymbolAtLocation(superAccess.name)?.declarations ?? [])
    .find((d) => wanted(d) && reached.has(d));
  return (context) => {
    const f = context.factory;
    const companion = (accessor) => {
      const original = ts.getOriginalNode(accessor);
      if (ts.isGetAccessor(accessor)) {
        return {
          method: f.createMethodDeclaration(undefined, undefined, getterName(original), undefined, undefined, [], accessor.type, accessor.body),
          accessor: f.updateGetAccessorDeclaration(accessor, accessor.modifiers, accessor.name, accessor.parameters, accessor.type,
            f.createBlock([f.createReturnStatement(f.createCallExpression(
              f.createPropertyAccessExpression(f.createThis(), getterName(original)), undefined, []))], true)),
        };
      }
      const param = accessor.parameters[0];
      return {
        method: f.createMethodDeclaration(undefined, undefined, setterName(original), undefined, undefined, accessor.parameters, undefined, accessor.body),
        accessor: f.updateSetAccessorDeclaration(accessor, accessor.modifiers, accessor.name, accessor.parameters,
          f.createBlock([f.createExpressionStatement(f.createCallExpression(
            f.createPropertyAccessExpression(f.createThis(), setterName(original)), undefined, [f.createIdentifier(param.name.text)]))], true)),
      };
    };

    const visit = (node) => {
      const original = ts.getOriginalNode(node);
      // super.x = v;  ->  super.__hx_set_x(v);
      if (ts.isExpressionStatement(original) && ts.isBinaryExpression(original.expression) &&
          ts.isPropertyAccessExpression(original.expression.left) &&
          original.expression.left.expression.kind === ts.SyntaxKind.SuperKeyword && isSetStatement(original.expression.left)) {
        const setter = target(original.expression.left, ts.isSetAccessor);
        if (setter) {
          return f.createExpressionStatement(f.createCallExpression(
            f.createPropertyAccessExpression(f.createSuper(), setterName(setter)), undefined,
            [ts.visitNode(node.expression.right, visit)]));
        }
      }
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isPropertyAccessExpression(next) && next.expression.kind === ts.SyntaxKind.SuperKeyword &&
          original.parent && !(ts.isCallExpression(original.parent) && original.parent.expression === original)) {
        const getter = target(original, ts.isGetAccessor);
        if (getter) return f.createCallExpression(f.createPropertyAccessExpression(f.createSuper(), getterName(getter)), undefined, []);
      }
      if ((ts.isClassDeclaration(next) || ts.isClassExpression(next)) &&
          next.members.some((m) => reached.has(ts.getOriginalNode(m)))) {
        const members = next.members.flatMap((m) => {
          if (!reached.has(ts.getOriginalNode(m))) return [m];
          const c = companion(m);
          return [c.accessor, c.method];
        });
        return ts.isClassDeclaration(next)
          ? f.updateClassDeclaration(next, next.modifiers, next.name, next.typeParameters, next.heritageClauses, members)
          : f.updateClassExpression(next, next.modifiers, next.name, next.typeParameters, next.heritageClauses, members);
      }
      return next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
