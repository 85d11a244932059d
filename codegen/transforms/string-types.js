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
