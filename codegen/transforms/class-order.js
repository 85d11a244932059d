// Class members in the order JavaScript defines them. A class's methods and
// accessors all exist before any field initialiser or static block runs, so a
// static field may call a static method declared below it; Porffor defined
// members in source order, and such a call found undefined. Methods and
// accessors move before fields and static blocks (each group keeps its order;
// computed names with side effects are left alone).

import ts from 'typescript';

const isMethodLike = (m) => ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m);
const isInitialiser = (m) => ts.isPropertyDeclaration(m) || ts.isClassStaticBlockDeclaration(m);

export function classOrder() {
  return (context) => {
    const f = context.factory;
    const reorder = (node) => {
      const members = node.members;
      const firstInit = members.findIndex(isInitialiser);
      if (firstInit < 0 || !members.slice(firstInit).some(isMethodLike)) return node;
      if (members.some((m) => m.name && ts.isComputedPropertyName(m.name) && !isWellKnownSymbol(m.name.expression))) return node;
      const ordered = [...members.filter((m) => !isInitialiser(m)), ...members.filter(isInitialiser)];
      return ts.isClassDeclaration(node)
        ? f.updateClassDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, ordered)
        : f.updateClassExpression(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, ordered);
    };
    const visit = (node) => {
      const next = ts.visitEachChild(node, visit, context);
      return ts.isClassDeclaration(next) || ts.isClassExpression(next) ? reorder(next) : next;
    };
    return (sf) => ts.visitNode(sf, visit);
  };
}

/** `[Symbol.iterator]`: a computed name without effects. */
function isWellKnownSymbol(e) {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Symbol';
}
