// JSON.stringify and JSON.parse of the global JSON (the identifier resolves to the
// standard library's declaration) call runtime helpers (sdk/runtime/json.ts) that
// do what V8 does. Porffor's own JSON.stringify writes into a fixed 4 KiB one-byte
// buffer: characters above U+00FF came out as garbage, a large value overflowed
// the buffer, and a circular structure overflowed the stack instead of throwing
// a TypeError; its JSON.parse had neither V8's error messages nor exact numbers.
//
// `JSON.stringify(a, b, c)` becomes `__hx_json_stringify(a, b, c)` (missing
// arguments passed as undefined) and `JSON.parse(t, r)` `__hx_json_parse(t, r)`;
// the member used as a value (`xs.map(JSON.stringify)`) becomes the helper itself.

import ts from 'typescript';

const HELPERS = new Map([
  ['stringify', { name: '__hx_json_stringify', params: 3 }],
  ['parse', { name: '__hx_json_parse', params: 2 }],
]);

const isLibDeclaration = (d) => d.getSourceFile().isDeclarationFile &&
  /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().fileName);

/** Is `node` (an original node) `JSON.stringify` or `JSON.parse` of the library's JSON? Returns the helper. */
export function jsonHelper(checker, node) {
  if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'JSON') {
    return null;
  }
  const helper = HELPERS.get(node.name.text);
  if (!helper) return null;
  const sym = checker.getSymbolAtLocation(node.expression);
  const decls = sym?.declarations ?? [];
  return decls.length && decls.every(isLibDeclaration) ? helper : null;
}

export function json(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      const original = ts.getOriginalNode(node);
      if (ts.isCallExpression(node) && ts.isCallExpression(next)) { // also JSON.stringify?.(x): it is never nullish
        const helper = jsonHelper(checker, ts.getOriginalNode(node.expression));
        if (!helper) return next;
        const args = [...next.arguments];
        if (!args.some(ts.isSpreadElement)) {
          while (args.length < helper.params) args.push(f.createIdentifier('undefined'));
        }
        return f.createCallExpression(f.createIdentifier(helper.name), undefined, args);
      }
      if (ts.isPropertyAccessExpression(node) && original === node) {
        // JSON.stringify as a value; as a callee it was handled with its call above
        const parent = node.parent;
        if (parent && ts.isCallExpression(parent) && parent.expression === node) return next;
        if (parent && ts.isBinaryExpression(parent) && parent.left === node) return next; // JSON.parse = ...
        const helper = jsonHelper(checker, node);
        if (helper) return f.createIdentifier(helper.name);
      }
      return next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}
