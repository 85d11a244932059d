// Find the tasks a program declares at its top level, with their intents, so the
// build can check the task set before anything runs (codegen/admission.js). A
// task() call counts when it runs exactly once: at the top level of a module,
// outside any function or loop. Its intent fields are evaluated when they are
// built from literals, constants and ms()/us()/seconds(); the rest is left to
// the kernel's run-time admission.

import path from 'node:path';
import ts from 'typescript';

import { API_DIR } from '../sdk/paths.js';

const TASKS_MODULE = path.join(API_DIR, 'tasks.ts');
const UNITS = { us: 1, ms: 1000, seconds: 1000000 };

/** The declaration a call's callee resolves to, through imports and re-exports. */
function calleeDeclaration(checker, call) {
  let sym = checker.getSymbolAtLocation(call.expression);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym?.valueDeclaration ?? sym?.declarations?.[0];
}

/** The name of the SDK task-API function a call invokes (task, ms, ...), or null. */
function sdkFunction(checker, call) {
  const decl = calleeDeclaration(checker, call);
  if (!decl || !ts.isFunctionDeclaration(decl) || path.resolve(decl.getSourceFile().fileName) !== TASKS_MODULE) return null;
  return decl.name?.text ?? null;
}

/** The value of an expression known at build time (number or string), or undefined. */
function evaluate(checker, node, depth = 0) {
  if (depth > 20) return undefined;
  const ev = (n) => evaluate(checker, n, depth + 1);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) return ev(node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const v = ev(node.operand);
    return typeof v === 'number' ? -v : undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const a = ev(node.left);
    const b = ev(node.right);
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken: return a + b;
      case ts.SyntaxKind.MinusToken: return a - b;
      case ts.SyntaxKind.AsteriskToken: return a * b;
      case ts.SyntaxKind.SlashToken: return a / b;
      default: return undefined;
    }
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1) {
    const unit = UNITS[sdkFunction(checker, node)];
    const v = ev(node.arguments[0]);
    return unit && typeof v === 'number' ? v * unit : undefined;
  }
  if (ts.isIdentifier(node)) {
    const init = constInitializer(checker, node);
    return init ? ev(init) : undefined;
  }
  return undefined;
}

/** The initializer of a `const` the identifier names, or undefined. */
function constInitializer(checker, id) {
  let sym = checker.getSymbolAtLocation(id);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return undefined;
  return ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const ? decl.initializer : undefined;
}

function objectLiteral(checker, node) {
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return objectLiteral(checker, node.expression);
  if (ts.isIdentifier(node)) {
    const init = constInitializer(checker, node);
    return init ? objectLiteral(checker, init) : undefined;
  }
  return undefined;
}

/** Does this node run once per program run (module top level, no enclosing function or loop)? */
function runsOnce(node) {
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isClassLike(p) || ts.isIterationStatement(p, false)) return false;
  }
  return true;
}

/**
 * @typedef {object} DeclaredTask
 * @property {string|undefined} name
 * @property {object} intent fields known at build time: class, period, deadline, budget, latency (µs), cpu (0-1)
 * @property {string[]} unknown intent fields whose value is only known at run time
 * @property {boolean} once the call runs exactly once (it is part of the static task set)
 * @property {{ file: string, line: number, column: number, source: string }} at
 */

/**
 * @param {ts.Program} program a type-checked program (typecheck.js)
 * @returns {DeclaredTask[]} every task() call of the application, in source order
 */
export function declaredTasks(program) {
  const checker = program.getTypeChecker();
  const found = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || path.resolve(sf.fileName).startsWith(API_DIR + path.sep)) continue;
    const visit = (node) => {
      if (ts.isCallExpression(node) && sdkFunction(checker, node) === 'task' && node.arguments.length >= 2) {
        const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        const lit = objectLiteral(checker, node.arguments[1]);
        const intent = {};
        const unknown = [];
        for (const prop of lit?.properties ?? []) {
          if (!ts.isPropertyAssignment(prop)) { unknown.push('...'); continue; }
          const key = prop.name.getText(sf).replace(/^['"]|['"]$/g, '');
          const v = evaluate(checker, prop.initializer);
          if (v === undefined) unknown.push(key); else intent[key] = v;
        }
        if (!lit) unknown.push('the whole intent');
        const name = evaluate(checker, node.arguments[0]);
        found.push({
          name: typeof name === 'string' ? name : undefined, intent, unknown, once: runsOnce(node),
          at: { file: sf.fileName, line: line + 1, column: character + 1, source: sf.text },
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
