// try/finally. Porffor runs a `finally` block only when the `try` block falls
// off its end; a return, a throw, or a break or continue out of it skipped the
// block. The statement is rewritten without `finally`: every way out of the
// try and catch blocks records a completion (normal, return, throw, or one of
// the jumps) and leaves a labelled do-while(false); the finally block then runs
// and the completion is replayed.
//
//   L: do {
//     try { ...return x... }            ->  { __hx_v = x; __hx_c = 1; break L; }
//     catch (e) { try { ... } catch (t) { __hx_c = 2; __hx_v = t; } }
//   } while (false);
//   <finally block>
//   if (__hx_c === 1) return __hx_v;  if (__hx_c === 2) throw __hx_v;  if (__hx_c === 3) break;  ...

import ts from 'typescript';

export function finallyBlocks() {
  return (context) => {
    const f = context.factory;
    let counter = 0;

    const lower = (node) => {
      const id = counter++;
      const label = f.createIdentifier(`__hx_try${id}`);
      const code = f.createIdentifier(`__hx_c${id}`);
      const value = f.createIdentifier(`__hx_v${id}`);
      const jumps = []; // statements to replay after the finally block, by completion code - 3
      let returns = false; // a return was rewritten (only then is one replayed: a top-level return is not JavaScript)

      const setAndLeave = (c, v) => f.createBlock([
        ...(v ? [f.createExpressionStatement(f.createAssignment(value, v))] : []),
        f.createExpressionStatement(f.createAssignment(code, f.createNumericLiteral(c))),
        f.createBreakStatement(label),
      ], true);

      // Rewrite the ways out of a try or catch block. `inner` holds jump targets
      // that lie inside the block: loops, switches and labels.
      const rewrite = (n, inner) => {
        if (ts.isFunctionLike(n) || ts.isClassLike(n)) return n;
        if (ts.isReturnStatement(n)) {
          returns = true;
          return setAndLeave(1, n.expression ? ts.visitNode(n.expression, (x) => rewrite(x, inner)) : f.createIdentifier('undefined'));
        }
        if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) {
          const isBreak = ts.isBreakStatement(n);
          const name = n.label?.text;
          const targetInside = name
            ? inner.some((t) => t.label === name)
            : inner.some((t) => t.kind === 'loop' || (isBreak && t.kind === 'switch'));
          if (targetInside) return n;
          jumps.push(n);
          return setAndLeave(3 + jumps.length - 1);
        }
        let scope = inner;
        if (ts.isIterationStatement(n, false)) scope = [...inner, { kind: 'loop' }];
        else if (ts.isSwitchStatement(n)) scope = [...inner, { kind: 'switch' }];
        else if (ts.isLabeledStatement(n)) scope = [...inner, { kind: 'label', label: n.label.text }];
        return ts.visitEachChild(n, (c) => rewrite(c, scope), context);
      };

      const tryBlock = rewrite(node.tryBlock, []);
      const thrown = f.createUniqueName('__hx_thrown');
      const recordThrow = f.createBlock([
        f.createExpressionStatement(f.createAssignment(code, f.createNumericLiteral(2))),
        f.createExpressionStatement(f.createAssignment(value, thrown)),
      ], true);
      let catchClause;
      if (node.catchClause) {
        const body = rewrite(node.catchClause.block, []);
        catchClause = f.createCatchClause(node.catchClause.variableDeclaration,
          f.createBlock([f.createTryStatement(body, f.createCatchClause(thrown, recordThrow), undefined)], true));
      } else {
        catchClause = f.createCatchClause(thrown, recordThrow);
      }

      const anyType = f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
      const numberType = f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
      const replay = [
        ...(returns ? [f.createIfStatement(f.createStrictEquality(code, f.createNumericLiteral(1)), f.createReturnStatement(value))] : []),
        f.createIfStatement(f.createStrictEquality(code, f.createNumericLiteral(2)), f.createThrowStatement(value)),
        ...jumps.map((j, i) => f.createIfStatement(f.createStrictEquality(code, f.createNumericLiteral(3 + i)), j)),
      ];
      return [
        f.createVariableStatement(undefined, f.createVariableDeclarationList([
          f.createVariableDeclaration(code, undefined, numberType, f.createNumericLiteral(0)),
          f.createVariableDeclaration(value, undefined, anyType, f.createIdentifier('undefined')),
        ], ts.NodeFlags.Let)),
        f.createLabeledStatement(label, f.createDoStatement(
          f.createBlock([f.createTryStatement(tryBlock, catchClause, undefined)], true),
          f.createFalse())),
        ...node.finallyBlock.statements,
        ...replay,
      ];
    };

    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isTryStatement(next) && next.finallyBlock) return f.createBlock(lower(next), true);
      return next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
