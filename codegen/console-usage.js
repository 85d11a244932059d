// Decides which console implementation a program needs. Node expands printf-style
// placeholders when the first of several arguments is a string containing '%'.
// If every console call either has one argument, or starts with a string literal
// without '%', or starts with something that is not a string, the small printer
// (sdk/runtime/console-plain.ts) prints exactly what Node prints.

import ts from 'typescript';

const METHODS = new Set(['log', 'info', 'debug', 'warn', 'error']);

/** @param {ts.Program} program a type-checked program */
export function needsPlaceholders(program) {
  const checker = program.getTypeChecker();
  let needed = false;
  const visit = (node) => {
    if (needed) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'console' &&
        METHODS.has(node.expression.name.text) && node.arguments.length > 1) {
      const first = node.arguments[0];
      if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
        if (first.text.includes('%')) needed = true;
      } else {
        const type = checker.getTypeAtLocation(first);
        if (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown) ||
            (type.isUnion() && type.types.some((t) => t.flags & ts.TypeFlags.StringLike))) needed = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of program.getSourceFiles()) {
    if (!sf.isDeclarationFile) visit(sf);
  }
  return needed;
}

/**
 * Does the program use JSON, or write "%j" in a literal? Then console.log's %j prints through
 * sdk/runtime/json.ts (V8's JSON.stringify); otherwise through Porffor's smaller builtin
 * (sdk/runtime/console-json-builtin.ts), which json.ts would outweigh in most programs.
 * @param {ts.Program} program a type-checked program
 */
export function needsJson(program) {
  let needed = false;
  const visit = (node) => {
    if (needed) return;
    if (ts.isIdentifier(node) && node.text === 'JSON') needed = true;
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && node.text.includes('%j')) needed = true;
    else ts.forEachChild(node, visit);
  };
  for (const sf of program.getSourceFiles()) {
    if (!sf.isDeclarationFile) visit(sf);
  }
  return needed;
}
