// Stage 2: refuse, at build time, language features the compiler cannot yet
// translate faithfully. Porffor compiles several of them without complaint and
// then misbehaves at run time; a refusal with file:line:col and a pointer to
// docs/language.md is always better than a silent difference from Node.

import path from 'node:path';
import ts from 'typescript';

import { SDK_ROOT } from '../sdk/paths.js';
import { DIVERGENT_MEMBERS, hasBuiltinMember, isBuiltinOwner } from './builtin-members.js';
import { planClosures, scopeOf } from './closures.js';
import { spreadCall } from './iterables.js';
import { BuildError, BuildErrors } from './diagnostics.js';
import { isRewrittenReplace } from './transforms/string-replace.js';

const DOC = path.join(SDK_ROOT, 'docs', 'language.md');

function docLink(anchor) {
  const rel = path.relative(process.cwd(), DOC);
  return `${rel.startsWith('..') ? DOC : rel}#${anchor}`;
}

const RULES = {
  generators: { what: 'generator functions are not supported yet', anchor: 'generators' },
  async: { what: 'async functions and await are not supported yet', anchor: 'async-and-promises' },
  eval: { what: 'eval and the Function constructor are not supported (code is compiled ahead of time)', anchor: 'eval' },
  closures: { what: 'a nested function that may outlive its call uses a local of its enclosing function', anchor: 'closures' },
  arrowThis: { what: 'an arrow function that may outlive its call uses `this` of its enclosing function', anchor: 'closures' },
  superStatic: { what: '`super` in a static method or static block is not supported yet', anchor: 'classes' },
  member: { what: 'this part of the standard library is not supported yet', anchor: 'standard-library' },
  reserved: { what: 'names starting with __hx_ are reserved for the SDK runtime', anchor: 'reserved-names' },
  spread: { what: 'this spread is not supported yet', anchor: 'spread' },
  bigint: { what: 'BigInt is not supported yet (nor BigInt64Array and BigUint64Array)', anchor: 'bigint' },
};

/** Globals of the BigInt family, refused wherever a program uses them. */
const BIGINT_GLOBALS = new Set(['BigInt', 'BigInt64Array', 'BigUint64Array']);

/**
 * Check every application source file of a type-checked program.
 * @param {ts.Program} program
 * @param {object} opts
 * @param {Set<string>} opts.builtinNames Porffor's builtins (porffor.js porfforBuiltinNames)
 * @throws {BuildErrors}
 */
export function checkSubset(program, { builtinNames }) {
  const checker = program.getTypeChecker();
  const errors = [];
  const sdkApi = path.join(SDK_ROOT, 'sdk') + path.sep;

  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const isSdk = sf.fileName.startsWith(sdkApi);
    const report = (node, rule, detail) => {
      const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const r = RULES[rule];
      errors.push(new BuildError(detail ? `${r.what}: ${detail}` : r.what, {
        file: sf.fileName, line: line + 1, column: character + 1, source: sf.text,
        hint: `see ${docLink(r.anchor)}`,
      }));
    };

    const visit = (node) => {
      if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) &&
          node.asteriskToken) {
        report(node, 'generators');
      }
      if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
        report(node, 'async');
      } else if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
        report(node, 'async');
      }
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) &&
          (node.expression.text === 'eval' || node.expression.text === 'Function')) {
        report(node, 'eval');
      }
      if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
          node.expression.kind === ts.SyntaxKind.SuperKeyword) {
        if (inStaticMember(node)) report(node, 'superStatic');
      } else if (ts.isPropertyAccessExpression(node) && !isSdk) {
        checkLibraryMember(node);
      }
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && !isSdk) {
        const plan = spreadCall(checker, node);
        if (plan.how === 'refuse') report(node.arguments.find(ts.isSpreadElement), 'spread', plan.detail);
      }
      if (ts.isIdentifier(node)) checkIdentifier(node);
      if (ts.isBigIntLiteral(node) && !isSdk) report(node, 'bigint', `the literal ${node.text}`);
      ts.forEachChild(node, visit);
    };

    // A member of a standard-library type that Porffor does not implement.
    const checkLibraryMember = (node) => {
      const prop = node.name.text;
      if (prop === 'length' || prop === 'constructor' || prop === 'prototype') return;
      if (ts.isCallExpression(node.parent) && node.parent.expression === node && isRewrittenReplace(checker, node.parent)) return;
      // every type a union may hold must have the member (Int16Array | Float64Array: both)
      for (const owner of libraryOwners(checker, node.expression, builtinNames)) {
        const name = `${owner.name}${owner.isStatic ? '.' : '.prototype.'}${prop}`;
        const divergent = DIVERGENT_MEMBERS[name.replace(/^ReadonlyArray\./, 'Array.')];
        if (divergent) return report(node.name, 'member', `${name}: ${divergent}`);
        if (!hasBuiltinMember(builtinNames, owner.name, prop, owner.isStatic)) return report(node.name, 'member', name);
      }
    };

    const checkIdentifier = (id) => {
      if (!isSdk && id.text.startsWith('__hx_') && isDeclarationName(id)) {
        report(id, 'reserved', id.text);
        return;
      }
      if (BIGINT_GLOBALS.has(id.text) && !isSdk) {
        const decl = checker.getSymbolAtLocation(id)?.declarations?.[0];
        if (decl && isLibDeclaration(decl)) report(id, 'bigint', `${id.text} (use Number, or two 32-bit halves in a Uint32Array)`);
      }
    };

    visit(sf);
    // Closures: those transforms/closures.js cannot convert (closures.js).
    for (const r of planClosures(checker, sf).refused) report(r.node, r.rule, r.detail);
  }
  if (errors.length) throw new BuildErrors(errors);
}

/** Is the node inside a static method, accessor, property or block (arrow functions see through)? */
function inStaticMember(node) {
  let scope = scopeOf(node);
  while (scope && ts.isArrowFunction(scope)) scope = scopeOf(scope);
  if (!scope) return false;
  if (ts.isClassStaticBlockDeclaration(scope)) return true;
  return ts.canHaveModifiers(scope) && !!ts.getModifiers(scope)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
}

function isDeclarationName(id) {
  const p = id.parent;
  return (ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) ||
    ts.isParameter(p)) && p.name === id;
}

const isLibDeclaration = (d) => d.getSourceFile().isDeclarationFile &&
  /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().fileName);

/**
 * The standard-library owners of a member access's object: a global like Math or
 * Object (static), or the types of a value like a string or an array (instance;
 * each type a union holds).
 */
function libraryOwners(checker, expr, builtinNames) {
  if (ts.isIdentifier(expr)) {
    const sym = checker.getSymbolAtLocation(expr);
    if (sym?.valueDeclaration && isLibDeclaration(sym.valueDeclaration) && isBuiltinOwner(builtinNames, expr.text)) {
      return [{ name: expr.text, isStatic: true }];
    }
  }
  const type = checker.getNonNullableType(checker.getTypeAtLocation(expr));
  const members = type.isUnion() ? type.types : [type];
  return members.map((t) => libraryOwnerOfType(checker, t, builtinNames)).filter(Boolean);
}

function libraryOwnerOfType(checker, t, builtinNames) {
  const type = checker.getApparentType(t);
  if (type.isUnion() || type.isIntersection()) return null;
  // A function value: its members (bind, call, apply) are Function.prototype's.
  if (type.getCallSignatures().length > 0 && type.getProperties().length === 0) return { name: 'Function', isStatic: false };
  const sym = type.getSymbol();
  if (!sym || !sym.declarations?.length || !sym.declarations.every(isLibDeclaration)) return null;
  return isBuiltinOwner(builtinNames, sym.name) ? { name: sym.name, isStatic: false } : null;
}
