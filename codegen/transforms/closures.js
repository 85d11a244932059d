// Closure conversion for nested functions that only run during their enclosing
// function's call (see ../closures.js for which ones). Each captured variable,
// and `this` where arrow functions use it, moves to a module-level variable; the
// owning function saves it on entry and restores it on the way out, so
// recursion and re-entry keep their own values:
//
//   function scale(xs: number[], k: number) {      let __hx_cap0_k: any;
//     return xs.map((x) => x * k);             ->   function scale(xs: number[], k: number) {
//   }                                                 const __hx_saved0 = __hx_cap0_k;
//                                                     try { __hx_cap0_k = k; return xs.map((x) => x * __hx_cap0_k); }
//                                                     finally { __hx_cap0_k = __hx_saved0; }
//                                                   }
//
// The `finally` is lowered by the finally transform that runs after this one.

import ts from 'typescript';

import { planClosures, superCallStatement } from '../closures.js';
import { withBody } from './temps.js';

export function closures(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;

    return (sf) => {
      const original = ts.getOriginalNode(sf);
      const plan = planClosures(checker, original);
      if (plan.variables.size === 0 && plan.thisOwners.size === 0) return sf;

      // Names: one module-level variable per captured declaration and per `this` owner.
      let counter = 0;
      const varName = new Map(); // declaration -> identifier text
      for (const decl of plan.variables.keys()) varName.set(decl, `__hx_cap${counter++}_${decl.name.text}`);
      const thisName = new Map(); // owner -> identifier text
      for (const owner of plan.thisOwners) thisName.set(owner, `__hx_this${counter++}`);
      const owned = new Map(); // owner -> [module-level names it saves and restores]
      const own = (owner, name) => owned.set(owner, [...(owned.get(owner) ?? []), name]);
      for (const [decl, owner] of plan.variables) own(owner, varName.get(decl));
      for (const [owner, name] of thisName) own(owner, name);

      const declOf = (id) => {
        const o = ts.getOriginalNode(id);
        if (!o.parent) return null;
        const sym = ts.isShorthandPropertyAssignment(o.parent) ? checker.getShorthandAssignmentValueSymbol(o.parent)
          : checker.getSymbolAtLocation(o);
        const decl = sym?.valueDeclaration;
        return decl && varName.has(decl) ? decl : null;
      };
      const isReference = (o) => {
        const p = o.parent;
        if (!p) return false;
        if ((ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) ||
            ts.isMethodDeclaration(p) || (ts.isBindingElement(p) && p.propertyName === o)) && p.name === o) return false;
        return !((ts.isVariableDeclaration(p) || ts.isParameter(p)) && p.name === o);
      };
      // The innermost non-arrow function around `this`: the owner whose `this` it is.
      const thisOwner = (node) => {
        let n = ts.getOriginalNode(node).parent;
        while (n && !(ts.isFunctionLike(n) && !ts.isArrowFunction(n)) && !ts.isSourceFile(n)) n = n.parent;
        return n && thisName.has(n) ? n : null;
      };

      // A converted name inside a destructuring pattern, or a loop's variable, keeps a local of its own
      // (`<module name>_in`), copied to the module-level variable where it is bound.
      const localName = (decl) => `${varName.get(decl)}_in`;
      const copiesIn = (node) => {
        const out = [];
        const walk = (n) => {
          const o = ts.getOriginalNode(n);
          if ((ts.isBindingElement(o) || ts.isVariableDeclaration(o) || ts.isParameter(o)) && varName.has(o) && !ts.isIdentifier(n) && n.name) {
            out.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(varName.get(o)), f.createIdentifier(localName(o)))));
          }
          ts.forEachChild(n, walk);
        };
        walk(node);
        return out;
      };

      // let/const/var of converted names become assignments.
      const assignmentFor = (decl, init) => f.createAssignment(f.createIdentifier(varName.get(decl)),
        init ?? f.createIdentifier('undefined'));
      const splitDeclarationList = (list) => {
        const kept = [];
        const assigns = [];
        for (const d of list.declarations) {
          const decl = ts.getOriginalNode(d);
          if (varName.has(decl)) assigns.push(assignmentFor(decl, d.initializer));
          else kept.push(d);
        }
        return { kept, assigns };
      };

      // a plain let/const/var or parameter name: assigned to the module-level variable directly
      const isPlainConverted = (decl) => (ts.isParameter(decl) || (ts.isVariableDeclaration(decl) &&
        ts.isVariableStatement(decl.parent.parent))) && ts.isIdentifier(decl.name) ||
        (ts.isVariableDeclaration(decl) && ts.isForStatement(decl.parent.parent));

      const wrapBody = (node, body) => {
        const original = ts.getOriginalNode(node);
        const names = owned.get(original);
        if (!names) return body;
        // Names are unique per variable, so each saved copy is named after it.
        const saves = names.map((n) => f.createVariableStatement(undefined, f.createVariableDeclarationList(
          [f.createVariableDeclaration(`${n}_saved`, undefined, undefined, f.createIdentifier(n))], ts.NodeFlags.Const)));
        const sets = [];
        for (const p of original.parameters) {
          if (varName.has(p)) sets.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(varName.get(p)), f.createIdentifier(p.name.text))));
          else if (!ts.isIdentifier(p.name)) sets.push(...copiesIn(ts.visitNode(p, visit)));
        }
        if (thisName.has(original)) sets.push(f.createExpressionStatement(f.createAssignment(f.createIdentifier(thisName.get(original)), f.createThis())));
        let statements = ts.isBlock(body) ? [...body.statements] : [f.createReturnStatement(body)];
        // a derived class's constructor: from its super(...) call on (nothing before it uses what is captured)
        let before = [];
        const superCall = ts.isConstructorDeclaration(original) ? superCallStatement(original) : null;
        if (superCall) {
          const at = statements.findIndex((st) => ts.getOriginalNode(st) === superCall);
          before = statements.slice(0, at + 1);
          statements = statements.slice(at + 1);
        }
        const restores = names.map((n) => f.createExpressionStatement(f.createAssignment(f.createIdentifier(n), f.createIdentifier(`${n}_saved`))));
        return f.createBlock([
          ...before,
          ...saves,
          f.createTryStatement(f.createBlock([...sets, ...statements], true), undefined, f.createBlock(restores, true)),
        ], true);
      };

      const visit = (node) => {
        // Rewrite the subtree first, then this node.
        if (ts.isVariableStatement(node)) {
          const { kept, assigns } = splitDeclarationList(node.declarationList);
          const patterns = kept.filter((d) => !ts.isIdentifier(d.name));
          if (assigns.length || patterns.length) {
            const out = [];
            const visited = kept.map((d) => ts.visitNode(d, visit));
            if (kept.length) out.push(f.updateVariableStatement(node, node.modifiers, f.updateVariableDeclarationList(node.declarationList, visited)));
            for (const a of assigns) out.push(f.createExpressionStatement(ts.visitNode(a, visit)));
            out.push(...visited.flatMap((d) => copiesIn(d)));
            return out.length === 1 ? out[0] : out;
          }
        }
        // for (const x of xs) / for (const [k, v] in ...): the loop's variable is a local; its body copies it
        if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && ts.isVariableDeclarationList(node.initializer)) {
          const initializer = ts.visitNode(node.initializer, visit);
          const copies = copiesIn(initializer);
          if (copies.length) {
            const body = ts.visitNode(node.statement, visit);
            const statements = [...copies, ...(ts.isBlock(body) ? body.statements : [body])];
            return ts.isForOfStatement(node)
              ? f.updateForOfStatement(node, node.awaitModifier, initializer, ts.visitNode(node.expression, visit), f.createBlock(statements, true))
              : f.updateForInStatement(node, initializer, ts.visitNode(node.expression, visit), f.createBlock(statements, true));
          }
        }
        // catch (err): the binding is a local; the block copies it
        if (ts.isCatchClause(node) && node.variableDeclaration) {
          const declaration = ts.visitNode(node.variableDeclaration, visit);
          const copies = copiesIn(declaration);
          if (copies.length) {
            const block = ts.visitNode(node.block, visit);
            return f.updateCatchClause(node, declaration, f.updateBlock(block, [...copies, ...block.statements]));
          }
        }
        // a converted name bound by a pattern, a loop or a destructured parameter: its local
        if ((ts.isBindingElement(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name) &&
            varName.has(ts.getOriginalNode(node)) && !isPlainConverted(ts.getOriginalNode(node))) {
          const renamed = f.createIdentifier(localName(ts.getOriginalNode(node)));
          const init = node.initializer && ts.visitNode(node.initializer, visit);
          return ts.isBindingElement(node)
            ? f.updateBindingElement(node, node.dotDotDotToken,
              node.propertyName ?? (ts.isObjectBindingPattern(ts.getOriginalNode(node).parent) ? f.createIdentifier(node.name.text) : undefined), renamed, init)
            : f.updateVariableDeclaration(node, renamed, node.exclamationToken, node.type, init);
        }
        if (ts.isForStatement(node) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
          const { kept, assigns } = splitDeclarationList(node.initializer);
          if (assigns.length) {
            if (kept.length) throw new Error('closure conversion: a for loop declares converted and other variables together');
            const init = assigns.map((a) => ts.visitNode(a, visit)).reduce((acc, a) => (acc ? f.createComma(acc, a) : a), null);
            return f.updateForStatement(node, init, ts.visitNode(node.condition, visit), ts.visitNode(node.incrementor, visit),
              ts.visitNode(node.statement, visit));
          }
        }
        if (ts.isShorthandPropertyAssignment(node)) {
          const decl = declOf(node.name);
          if (decl) return f.createPropertyAssignment(node.name.text, f.createIdentifier(varName.get(decl)));
        }
        if (ts.isIdentifier(node)) {
          const o = ts.getOriginalNode(node);
          if (isReference(o)) {
            const decl = declOf(node);
            if (decl) return f.createIdentifier(varName.get(decl));
          }
          return node;
        }
        if (node.kind === ts.SyntaxKind.ThisKeyword) {
          const owner = thisOwner(node);
          // Only `this` inside arrow functions changes; the owner's own `this` stays.
          if (owner && ts.getOriginalNode(node).parent && !isDirectlyIn(ts.getOriginalNode(node), owner)) {
            return f.createIdentifier(thisName.get(owner));
          }
          return node;
        }
        const next = ts.visitEachChild(node, visit, context);
        if (ts.isFunctionLike(next) && owned.has(ts.getOriginalNode(node)) && next.body) {
          return withBody(f, next, wrapBody(node, next.body));
        }
        return next;
      };

      const body = ts.visitNodes(sf.statements, visit);
      const declarations = [...varName.values(), ...thisName.values()].map((n) => f.createVariableStatement(undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration(n, undefined, f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword))], ts.NodeFlags.Let)));
      const imports = body.filter((s) => ts.isImportDeclaration(s));
      const rest = body.filter((s) => !ts.isImportDeclaration(s));
      return f.updateSourceFile(sf, [...imports, ...declarations, ...rest]);
    };
  };
}

/** Is `node` (a `this`) in `owner` itself, not inside one of its arrow functions? */
function isDirectlyIn(node, owner) {
  for (let n = node.parent; n; n = n.parent) {
    if (n === owner) return true;
    if (ts.isArrowFunction(n)) return false;
  }
  return false;
}
