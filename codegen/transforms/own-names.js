// A program's own names that Porffor would take for its builtins. Porffor
// resolves some names before it knows what they refer to: a global builtin's
// name (a class of the program called Test262Error, or Map, or Symbol), and
// the test-suite helpers assert and compareArray, which it skips when it
// analyses scopes. A declaration of the program with such a name is renamed,
// with every reference to it, to `<name>$` (properties and strings are not
// names, so what the program prints is unchanged).

import ts from 'typescript';

const TEST_SUITE_NAMES = ['assert', 'compareArray', 'Test262Error'];

/** Porffor's global builtin names: `Map`, `Math`, `Test262Error` (not its internal `__...` functions). */
export function builtinGlobalNames(builtinNames) {
  const out = new Set(TEST_SUITE_NAMES);
  for (const n of builtinNames) if (/^[A-Za-z$][A-Za-z0-9$]*$/.test(n)) out.add(n);
  return out;
}

const isDeclarationName = (id) => {
  const p = id.parent;
  return (ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) ||
    ts.isClassExpression(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionExpression(p) ||
    ts.isEnumDeclaration(p)) && p.name === id;
};

export function ownNames(program, { builtinNames = new Set() } = {}) {
  const checker = program.getTypeChecker();
  const reserved = builtinGlobalNames(builtinNames);
  // the program's declarations with a reserved name
  const renamed = new Set();
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const visit = (n) => {
      // (a namespace's exported members are also its properties: left as they are)
      if (ts.isIdentifier(n) && reserved.has(n.text) && isDeclarationName(n) && !ts.findAncestor(n, ts.isModuleDeclaration)) {
        const sym = checker.getSymbolAtLocation(n);
        if (sym) renamed.add(sym);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      if (ts.isIdentifier(node) && reserved.has(node.text)) {
        const o = ts.getOriginalNode(node);
        const p = o.parent;
        // a property name, not a reference: obj.Map, { Map: 1 } (a shorthand `{ Map }` is a reference)
        if (p && ((ts.isPropertyAccessExpression(p) && p.name === o) || (ts.isPropertyAssignment(p) && p.name === o) ||
            ((ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === o))) return node;
        const sym = p && (ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : checker.getSymbolAtLocation(o));
        if (sym && renamed.has(sym)) {
          if (ts.isShorthandPropertyAssignment(p)) return node; // handled at the assignment
          return f.createIdentifier(`${node.text}$`);
        }
        return node;
      }
      if (ts.isShorthandPropertyAssignment(node)) {
        const sym = checker.getShorthandAssignmentValueSymbol(ts.getOriginalNode(node));
        if (sym && renamed.has(sym)) return f.createPropertyAssignment(node.name.text, f.createIdentifier(`${node.name.text}$`));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sf) => (renamed.size ? ts.visitNode(sf, visit) : sf);
  };
}
