// Destructuring assignment (not declaration): `[a, b] = [b, a]`, `({ x, y } = p)`.
// Porffor looked the pattern up as a name: inside a function it assigned
// module-level variables of the same names, in a method it threw "undefined is
// not defined". Each such assignment becomes plain assignments from a temporary
// holding the right-hand side (read once, first), keeping defaults, holes, rest
// elements and nested patterns; the expression's value is still the right-hand side:
//
//   [a, b = 2, ...r] = xs     ->  (__hx_d0 = xs, a = __hx_d0[0], b = __hx_d0[1] === undefined ? 2 : __hx_d0[1],
//                                  r = __hx_d0.slice(2), __hx_d0)
//   ({ x, y: z } = p)         ->  (__hx_d1 = p, x = __hx_d1.x, z = __hx_d1.y, __hx_d1)
//
// A right-hand side that is not an array (or typed array) is collected into one
// first (__hx_collect), as is the value of an array pattern declaration
// (`const [a, b] = "😀z"`).

import ts from 'typescript';

import { indexesLikeItsValues } from '../iterables.js';
import { tempScopes } from './temps.js';

const isPattern = (n) => ts.isArrayLiteralExpression(n) || ts.isObjectLiteralExpression(n);

export function destructuring(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const { temp, scoped } = tempScopes(context, '__hx_d');
    const undef = () => f.createIdentifier('undefined');

    // `value` is read once per use; each use is a temporary's read or a member of one.
    const withDefault = (value, fallback) => (fallback
      ? f.createConditionalExpression(f.createStrictEquality(value, undef()), undefined, fallback, undefined, value)
      : value);

    const assign = (target, value, out) => {
      if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        return assign(target.left, withDefault(value, target.right), out);
      }
      if (isPattern(target)) return destructure(target, value, out, false);
      out.push(f.createAssignment(target, value));
    };

    // Assignments of `value` to the pattern's targets, pushed onto `out`; returns the temporary holding `value`.
    const destructure = (pattern, value, out, isArrayValue) => {
      const held = temp();
      out.push(f.createAssignment(held, value));
      if (ts.isArrayLiteralExpression(pattern)) {
        let items = held;
        if (!isArrayValue) {
          items = temp();
          out.push(f.createAssignment(items, f.createCallExpression(f.createIdentifier('__hx_collect'), undefined, [held])));
        }
        pattern.elements.forEach((e, i) => {
          if (ts.isOmittedExpression(e)) return;
          if (ts.isSpreadElement(e)) {
            assign(e.expression, f.createCallExpression(f.createPropertyAccessExpression(items, 'slice'), undefined, [f.createNumericLiteral(i)]), out);
            return;
          }
          assign(e, f.createElementAccessExpression(items, f.createNumericLiteral(i)), out);
        });
      } else {
        const used = [];
        for (const p of pattern.properties) {
          if (ts.isShorthandPropertyAssignment(p)) {
            used.push(f.createStringLiteral(p.name.text));
            assign(p.name, withDefault(f.createPropertyAccessExpression(held, p.name.text), p.objectAssignmentInitializer), out);
          } else if (ts.isPropertyAssignment(p)) {
            const key = ts.isComputedPropertyName(p.name) ? p.name.expression
              : ts.isIdentifier(p.name) ? null : f.createStringLiteral(p.name.text);
            if (!key || ts.isStringLiteral(key)) used.push(f.createStringLiteral(key ? key.text : p.name.text));
            const read = key ? f.createElementAccessExpression(held, key) : f.createPropertyAccessExpression(held, p.name.text);
            assign(p.initializer, read, out);
          } else if (ts.isSpreadAssignment(p)) {
            assign(p.expression, f.createCallExpression(f.createIdentifier('__hx_object_rest'), undefined,
              [held, f.createArrayLiteralExpression(used)]), out);
          }
        }
      }
      return held;
    };

    const visit = (node) => {
      if (ts.isFunctionLike(node) || ts.isSourceFile(node)) return scoped(node, visit);
      const next = ts.visitEachChild(node, visit, context);
      // const [a, b] = <not an array>: Porffor indexes it; the values it yields go into an array first
      if (ts.isVariableDeclaration(next) && ts.isArrayBindingPattern(next.name) && next.initializer) {
        const original = ts.getOriginalNode(node);
        if (original.initializer && !indexesLikeItsValues(checker, original.initializer)) {
          return f.updateVariableDeclaration(next, next.name, next.exclamationToken, next.type,
            f.createCallExpression(f.createIdentifier('__hx_collect'), undefined, [next.initializer]));
        }
      }
      if (ts.isBinaryExpression(next) && next.operatorToken.kind === ts.SyntaxKind.EqualsToken && isPattern(next.left)) {
        const original = ts.getOriginalNode(node);
        const isArrayValue = original.right ? indexesLikeItsValues(checker, original.right) : false;
        const out = [];
        const held = destructure(next.left, next.right, out, isArrayValue);
        return f.createParenthesizedExpression([...out, held].reduce((acc, x) => (acc ? f.createComma(acc, x) : x)));
      }
      return next;
    };
    return (sf) => visit(sf);
  };
}
