// Which closures the compiler can convert. Porffor 0.61 cannot capture a local
// of an enclosing function, but any function can use module-level variables. A
// nested function that only runs while its enclosing function is active (a
// callback given to forEach, map, sort, ...; a local helper function that is only
// called) can therefore use a module-level variable in place of the local: the
// enclosing function saves that variable, sets it, and restores it when it
// returns, so recursion and re-entry still see their own values
// (transforms/closures.js does the rewriting). A nested function that can outlive
// the call (returned, stored, passed to code that might keep it) cannot be
// converted this way; the subset check refuses it (subset.js).

import ts from 'typescript';

/** Constructs that start a new run-time scope. */
export function isScope(n) {
  return ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n) || ts.isSourceFile(n);
}

export function scopeOf(node) {
  let n = node.parent;
  while (n && !isScope(n)) n = n.parent;
  return n;
}

export function describeScope(n) {
  if (ts.isSourceFile(n)) return 'the module';
  const name = n.name && ts.isIdentifier(n.name) ? n.name.text
    : n.name && ts.isComputedPropertyName(n.name) ? `[${n.name.expression.getText()}]` : null;
  if (ts.isConstructorDeclaration(n)) return 'the constructor';
  if (ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) return `method ${name ?? ''}`.trim();
  return name ? `function ${name}` : 'an enclosing function';
}

const CAPTURABLE = new Set([ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.Parameter, ts.SyntaxKind.BindingElement]);

// Library methods that call their callback before they return and do not keep it.
const SYNC_CALLBACK_METHODS = new Set(['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find',
  'findIndex', 'findLast', 'findLastIndex', 'sort', 'flatMap']);
const SYNC_RECEIVERS = new Set(['Array', 'ReadonlyArray', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'Map', 'ReadonlyMap', 'Set',
  'ReadonlySet']);

const isLibDeclaration = (d) => d.getSourceFile().isDeclarationFile &&
  /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().fileName);

/** Is `fn` an argument that a standard-library method calls synchronously (xs.map(fn), Array.from(xs, fn), JSON.parse(t, fn))? */
function isSyncCallbackArgument(checker, fn) {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn)) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  if (method === 'from' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Array') {
    return call.arguments[1] === fn;
  }
  // JSON.stringify's replacer and JSON.parse's reviver run during the call
  if ((method === 'stringify' || method === 'parse') && ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON') {
    return call.arguments[1] === fn;
  }
  if (!SYNC_CALLBACK_METHODS.has(method)) return false;
  // (through an optional chain, `m.get(k)?.names.find(fn)`, the receiver's type includes undefined)
  const type = checker.getApparentType(checker.getNonNullableType(checker.getTypeAtLocation(callee.expression)));
  const sym = type.getSymbol();
  return !!sym && SYNC_RECEIVERS.has(sym.name) && (sym.declarations ?? []).every(isLibDeclaration);
}

/**
 * Does this nested function only run while the function that contains it is
 * active? Function expressions and arrows: when given to a synchronous library
 * method. Function declarations and `const f = () => ...`: when every use of the
 * name calls it or gives it to such a method.
 */
function runsOnlyDuringCall(checker, fn, sf) {
  let name = null; // the name the function is known by, if every use of it must be checked
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    if (isSyncCallbackArgument(checker, fn)) return true;
    // const helper = (...) => ...: a named local function
    const d = fn.parent;
    if (!ts.isVariableDeclaration(d) || d.initializer !== fn || !ts.isIdentifier(d.name) ||
        !(d.parent.flags & ts.NodeFlags.Const)) return false;
    name = d.name;
  } else if (ts.isFunctionDeclaration(fn) && fn.name) {
    name = fn.name;
  } else {
    return false;
  }
  const symbol = checker.getSymbolAtLocation(name);
  let ok = true;
  const visit = (n) => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n !== name && checker.getSymbolAtLocation(n) === symbol) {
      const p = n.parent;
      if (ts.isCallExpression(p) && p.expression === n) return;
      if (ts.isCallExpression(p) && isSyncCallbackArgument(checker, n)) return;
      ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return ok;
}

/**
 * A variable that can move to module level: a plain name declared by let/const/var (also a for, for...of or
 * for...in loop's, or a catch clause's), a plain parameter, or a name inside a destructuring pattern of either.
 */
function isMovableDeclaration(decl) {
  if (!ts.isIdentifier(decl.name)) return false;
  if (ts.isBindingElement(decl)) {
    if (decl.dotDotDotToken) return false;
    let root = decl.parent;
    while (ts.isBindingElement(root) || ts.isObjectBindingPattern(root) || ts.isArrayBindingPattern(root)) root = root.parent;
    return ts.isParameter(root) ? !root.dotDotDotToken : ts.isVariableDeclaration(root) && isMovableDeclarationList(root);
  }
  if (ts.isParameter(decl)) return !decl.dotDotDotToken;
  return ts.isVariableDeclaration(decl) && isMovableDeclarationList(decl);
}

/** A variable statement's declaration, a for / for...of / for...in loop's, or a catch clause's. */
function isMovableDeclarationList(decl) {
  if (ts.isCatchClause(decl.parent)) return true;
  if (!ts.isVariableDeclarationList(decl.parent)) return false;
  const holder = decl.parent.parent;
  return ts.isVariableStatement(holder) ||
    ((ts.isForStatement(holder) || ts.isForOfStatement(holder) || ts.isForInStatement(holder)) && holder.initializer === decl.parent);
}

/** The function a converted variable or `this` belongs to must be one we can wrap. */
function isWrappableOwner(fn) {
  if (!fn.body) return false;
  // A constructor is wrapped after its super(...) call, which must then be one of its statements.
  if (ts.isConstructorDeclaration(fn)) return !isDerived(fn.parent) || !!superCallStatement(fn);
  return ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn) ||
    ts.isMethodDeclaration(fn) || ts.isGetAccessor(fn) || ts.isSetAccessor(fn);
}

function isDerived(cls) {
  return !!cls.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
}

/** Does `node` run before a derived class's constructor has called super (in or before that statement)? */
function beforeSuper(owner, node) {
  if (!ts.isConstructorDeclaration(owner) || !isDerived(owner.parent)) return false;
  const call = superCallStatement(owner);
  return !!call && node.getStart() < call.getEnd();
}

/** The statement `super(...)` of a derived class's constructor, if it is one of the body's statements. */
export function superCallStatement(ctor) {
  return ctor.body?.statements.find((s) => ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) &&
    s.expression.expression.kind === ts.SyntaxKind.SuperKeyword);
}

/**
 * Plan the conversion of one source file.
 * @returns {{ variables: Map<ts.Declaration, ts.FunctionLikeDeclaration>, thisOwners: Set<ts.FunctionLikeDeclaration>,
 *   refused: { node: ts.Node, rule: 'closures' | 'arrowThis', detail: string }[] }}
 *   variables: each converted declaration and the function that owns it; thisOwners: functions whose `this`
 *   nested arrow functions use; refused: captures that cannot be converted
 */
export function planClosures(checker, sf) {
  const variables = new Map();
  const thisOwners = new Set();
  const refused = [];

  // Every function between a use and the scope that owns the captured value runs only during the call.
  const chainStaysInCall = (useScope, owner) => {
    for (let s = useScope; s && s !== owner; s = scopeOf(s)) {
      if (!ts.isFunctionLike(s) || !runsOnlyDuringCall(checker, s, sf)) return false;
    }
    return true;
  };

  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      let scope = scopeOf(node);
      if (scope && ts.isArrowFunction(scope)) {
        let owner = scope;
        while (owner && ts.isArrowFunction(owner)) owner = scopeOf(owner);
        if (owner && !ts.isSourceFile(owner)) {
          if (isWrappableOwner(owner) && chainStaysInCall(scope, owner) && !beforeSuper(owner, node)) thisOwners.add(owner);
          else refused.push({ node, rule: 'arrowThis', detail: `\`this\` of ${describeScope(owner)}` });
        }
      }
    }
    if (ts.isIdentifier(node)) checkReference(node);
    ts.forEachChild(node, visit);
  };

  const checkReference = (id) => {
    const p = id.parent;
    // Member names (obj.x, { x: 1 }, class members) are not variable references.
    if ((ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) ||
        ts.isMethodDeclaration(p) || (ts.isBindingElement(p) && p.propertyName === id)) && p.name === id) return;
    const sym = ts.isShorthandPropertyAssignment(p) ? checker.getShorthandAssignmentValueSymbol(p) : checker.getSymbolAtLocation(id);
    const decl = sym?.valueDeclaration;
    if (!decl || !CAPTURABLE.has(decl.kind) || decl.getSourceFile() !== sf) return;
    const owner = scopeOf(decl);
    if (!owner || ts.isSourceFile(owner)) return; // module-level state is fine as it is
    const useScope = scopeOf(id);
    if (useScope === owner) return;
    if (isMovableDeclaration(decl) && isWrappableOwner(owner) && chainStaysInCall(useScope, owner) && !beforeSuper(owner, id)) {
      variables.set(decl, owner);
    } else {
      refused.push({ node: id, rule: 'closures', detail: `\`${id.text}\` belongs to ${describeScope(owner)}` });
    }
  };

  visit(sf);
  // A variable is converted only if every capture of it can be.
  for (const r of refused) {
    const sym = ts.isIdentifier(r.node) ? checker.getSymbolAtLocation(r.node) : null;
    if (sym?.valueDeclaration) variables.delete(sym.valueDeclaration);
  }
  return { variables, thisOwners, refused };
}
