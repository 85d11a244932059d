// Type questions the source transforms ask of the type checker.

import ts from 'typescript';

/**
 * Is the expression a string (or a union of string types) for the type checker? An earlier transform's
 * replacement is asked about as the node it replaced (the checker knows only the program's own nodes).
 */
export function isStringish(checker, node) {
  const t = checker.getTypeAtLocation(ts.getOriginalNode(node));
  return (t.flags & ts.TypeFlags.StringLike) !== 0 ||
    (t.isUnion() && t.types.every((u) => (u.flags & ts.TypeFlags.StringLike) !== 0));
}

/**
 * What kind of value the checker says an expression holds: 'number', 'string', 'boolean', 'nullish' or
 * 'object' when every member of its type is one kind; 'mixed' for any, unknown and unions across kinds.
 */
export function valueKind(checker, node) {
  const t = checker.getTypeAtLocation(ts.getOriginalNode(node));
  const kinds = new Set((t.isUnion() ? t.types : [t]).map((u) => {
    const f = u.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return 'mixed';
    if (f & ts.TypeFlags.NumberLike) return 'number';
    if (f & ts.TypeFlags.StringLike) return 'string';
    if (f & ts.TypeFlags.BooleanLike) return 'boolean';
    if (f & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return 'nullish';
    if (f & ts.TypeFlags.Object || f & ts.TypeFlags.NonPrimitive) return 'object';
    return 'mixed';
  }));
  return kinds.size === 1 ? [...kinds][0] : 'mixed';
}
