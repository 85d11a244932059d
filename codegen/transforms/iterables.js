// for...of over an object of the program with [Symbol.iterator](): Porffor's
// for...of knows only its built-in types and threw "non-iterable" at run time.
// Such loops use the iteration protocol instead (a value whose type does not
// say what it is goes through __hx_iterator, which does the same for objects and
// steps through an array of the values for built-in types):
//
//   L: for (const [k, v] of pairs) body       ->  { const __hx_it0 = pairs[Symbol.iterator]();
//                                                   L: for (let __hx_it1 = __hx_it0.next(); !__hx_it1.done;
//                                                           __hx_it1 = __hx_it0.next()) { const [k, v] = __hx_it1.value; body } }
//
// When the iterator has a `return` method (or its type allows one, as
// Iterator<T> does), a loop left early (break, return, throw) calls it, as
// JavaScript does: the loop sits in try/finally.

import ts from 'typescript';

import { iterableKind, iteratorHasReturn } from '../iterables.js';

export function iterables(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    let counter = 0;
    const name = () => f.createIdentifier(`__hx_it${counter++}`);

    const lower = (loop, label) => {
      const source = ts.getOriginalNode(loop).expression;
      const kind = iterableKind(checker, source);
      if (kind !== 'user' && kind !== 'unknown') return null; // arrays, built-ins and `any`: Porffor's own loop
      const it = name();
      const step = name();
      const start = kind === 'user'
        ? f.createCallExpression(f.createElementAccessExpression(loop.expression,
          f.createPropertyAccessExpression(f.createIdentifier('Symbol'), 'iterator')), undefined, [])
        : f.createCallExpression(f.createIdentifier('__hx_iterator'), undefined, [loop.expression]);
      const next = f.createCallExpression(f.createPropertyAccessExpression(it, 'next'), undefined, []);
      const value = f.createPropertyAccessExpression(step, 'value');
      let bind;
      if (ts.isVariableDeclarationList(loop.initializer)) {
        const d = loop.initializer.declarations[0];
        bind = f.createVariableStatement(undefined, f.createVariableDeclarationList(
          [f.createVariableDeclaration(d.name, undefined, undefined, value)], loop.initializer.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let)));
      } else {
        bind = f.createExpressionStatement(f.createAssignment(loop.initializer, value));
      }
      const body = ts.isBlock(loop.statement) ? [...loop.statement.statements] : [loop.statement];
      let statement = f.createForStatement(
        f.createVariableDeclarationList([f.createVariableDeclaration(step, undefined, undefined, next)], ts.NodeFlags.Let),
        f.createLogicalNot(f.createPropertyAccessExpression(step, 'done')),
        f.createAssignment(step, next),
        f.createBlock([bind, ...body], true));
      if (label) statement = f.createLabeledStatement(label, statement);
      const declareIt = f.createVariableStatement(undefined, f.createVariableDeclarationList(
        [f.createVariableDeclaration(it, undefined, undefined, start)], ts.NodeFlags.Const));
      const hasReturn = kind === 'user' ? iteratorHasReturn(checker, source) : 'no';
      if (hasReturn !== 'no') {
        // let step: any = undefined; try { loop } finally { if (step && !step.done [&& it.return]) it.return(); }
        const left = f.createLogicalAnd(step, f.createLogicalNot(f.createPropertyAccessExpression(step, 'done')));
        const close = f.createIfStatement(
          hasReturn === 'yes' ? left : f.createLogicalAnd(left, f.createPropertyAccessExpression(it, 'return')),
          f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(it, 'return'), undefined, [])));
        const loopWithOuterStep = ts.visitNode(statement, function hoist(n) {
          if (ts.isForStatement(n) && n.initializer && ts.isVariableDeclarationList(n.initializer) &&
              n.initializer.declarations[0].name === step) {
            return f.updateForStatement(n, f.createAssignment(step, next), n.condition, n.incrementor, n.statement);
          }
          return ts.visitEachChild(n, hoist, context);
        });
        return f.createBlock([
          declareIt,
          f.createVariableStatement(undefined, f.createVariableDeclarationList(
            [f.createVariableDeclaration(step, undefined, f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword), f.createIdentifier('undefined'))], ts.NodeFlags.Let)),
          f.createTryStatement(f.createBlock([loopWithOuterStep], true), undefined, f.createBlock([close], true)),
        ], true);
      }
      return f.createBlock([declareIt, statement], true);
    };

    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isLabeledStatement(next) && ts.isForOfStatement(next.statement) && !next.statement.awaitModifier) {
        return lower(next.statement, next.label) ?? next;
      }
      const parent = ts.getOriginalNode(node).parent;
      if (ts.isForOfStatement(next) && !next.awaitModifier && !(parent && ts.isLabeledStatement(parent))) {
        return lower(next) ?? next;
      }
      return next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
