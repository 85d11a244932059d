// Spread. Porffor spreads only arrays, and only as the last argument; a spread
// array became the callee's rest parameter itself (the callee could change the
// caller's array), filled the first parameters wrongly when the callee had others
// before its rest, stopped at 8 elements, and reached the run time as "no
// generation for SpreadElement" inside Math.max/min. Rewritten (iterables.js
// decides how, from the types):
//
//   [a, ...s]           s not an array:   [a, ...__hx_collect(s)]
//   f(a, ...xs, b)      f of the program: (__hx_s0 = [a, ...xs, b], f(__hx_s0[0], __hx_s0[1], ...__hx_s0.slice(2)))
//   o.m(...xs)          also the receiver once, first: (__hx_s1 = o, __hx_s2 = [...xs], __hx_s1.m(__hx_s2[0]))
//   xs.push(a, ...ys)   library rest parameter: xs.push(...[a, ...ys])  (one new array, as Porffor expects)
//   Math.max(...xs)     __hx_math_max([...xs])   (Math.hypot(a, b, c) too: Porffor's reads two arguments)
//   Array.from(s)       s of the program, or a Map: __hx_collect(s) (.map(fn) for a map function)
//
// Reading past the end of the new array gives undefined, so missing arguments
// take their defaults as in a call with fewer arguments.

import ts from 'typescript';

import { iterableKind, spreadCall } from '../iterables.js';
import { tempScopes } from './temps.js';

export function spread(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const { temp, scoped } = tempScopes(context, '__hx_s');

    const original = (n) => ts.getOriginalNode(n);
    const helper = (name, args) => f.createCallExpression(f.createIdentifier(name), undefined, args);

    // One element list with every spread of something other than an array collected into an array first.
    const elements = (list) => list.map((e) => {
      if (!ts.isSpreadElement(e)) return e;
      const kind = iterableKind(checker, original(e).expression);
      return kind === 'array' ? e : f.updateSpreadElement(e, helper('__hx_collect', [e.expression]));
    });

    const comma = (exprs) => f.createParenthesizedExpression(exprs.reduce((acc, x) => (acc ? f.createComma(acc, x) : x)));

    const rewriteCall = (node, plan) => {
      const args = elements(node.arguments);
      if (plan.how === 'helper') return helper(plan.helper, [f.createArrayLiteralExpression(args)]);
      const pre = [];
      // The receiver first, once (Porffor evaluates a spread before the other arguments).
      let callee = node.expression;
      const receiverOnce = () => {
        if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && !isStable(callee.expression)) {
          const receiver = temp();
          pre.push(f.createAssignment(receiver, callee.expression));
          callee = ts.isPropertyAccessExpression(callee)
            ? f.updatePropertyAccessExpression(callee, receiver, callee.name)
            : f.updateElementAccessExpression(callee, receiver, callee.argumentExpression);
        }
      };
      const make = (list) => (ts.isNewExpression(node) ? f.createNewExpression(callee, node.typeArguments, list)
        : f.createCallExpression(callee, node.typeArguments, list));
      if (plan.how === 'rest') {
        // A library rest parameter: the arguments from it on in one new array; the ones before it first.
        let fixed = args.slice(0, plan.restIndex);
        if (fixed.some((a) => !isStable(a))) {
          receiverOnce();
          fixed = fixed.map((a) => {
            const t = temp();
            pre.push(f.createAssignment(t, a));
            return t;
          });
        }
        const call = make([...fixed, f.createSpreadElement(f.createArrayLiteralExpression(args.slice(plan.restIndex)))]);
        return pre.length ? comma([...pre, call]) : call;
      }
      // A function of the program: the arguments into one new array, then each parameter from it.
      receiverOnce();
      const all = temp();
      pre.push(f.createAssignment(all, f.createArrayLiteralExpression(args)));
      const spreadArgs = [];
      for (let i = 0; i < plan.params; i++) spreadArgs.push(f.createElementAccessExpression(all, f.createNumericLiteral(i)));
      if (plan.rest) {
        spreadArgs.push(f.createSpreadElement(f.createCallExpression(f.createPropertyAccessExpression(all, 'slice'), undefined,
          [f.createNumericLiteral(plan.params)])));
      }
      return comma([...pre, make(spreadArgs)]);
    };

    // Array.from of something Porffor's Array.from does not iterate (a Map, or an object of the program).
    const rewriteArrayFrom = (node) => {
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'from' || !ts.isIdentifier(callee.expression) ||
          callee.expression.text !== 'Array' || node.arguments.length < 1) return null;
      const source = original(node).arguments?.[0];
      if (!source) return null;
      const kind = iterableKind(checker, source);
      const type = checker.getTypeAtLocation(source);
      const name = (type.getSymbol() ?? type.aliasSymbol)?.name;
      if (kind !== 'user' && !(kind === 'builtin' && /^(Readonly)?Map$|^IterableIterator$/.test(name ?? ''))) return null;
      const collected = helper('__hx_collect', [node.arguments[0]]);
      if (node.arguments.length < 2) return collected;
      return f.createCallExpression(f.createPropertyAccessExpression(collected, 'map'), undefined, [node.arguments[1]]);
    };

    const visit = (node) => {
      if (ts.isFunctionLike(node) || ts.isSourceFile(node)) return scoped(node, visit);
      const next = ts.visitEachChild(node, visit, context);
      if (ts.isArrayLiteralExpression(next) && next.elements.some(ts.isSpreadElement)) {
        return f.updateArrayLiteralExpression(next, elements(next.elements));
      }
      if (ts.isCallExpression(next) || ts.isNewExpression(next)) {
        const plan = spreadCall(checker, original(node));
        if (plan.how !== 'none' && plan.how !== 'refuse') return rewriteCall(next, plan);
      }
      if (ts.isCallExpression(next)) return rewriteArrayFrom(next) ?? next;
      return next;
    };
    return (sf) => visit(sf);
  };
}

/** An expression that evaluating again gives the same value, with no effects: `this`, a name, a literal. */
function isStable(e) {
  return e.kind === ts.SyntaxKind.ThisKeyword || e.kind === ts.SyntaxKind.SuperKeyword || ts.isIdentifier(e) ||
    ts.isLiteralExpression(e);
}
