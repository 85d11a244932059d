// Type questions the source transforms ask of the type checker.

import ts from 'typescript';

/** Is the expression a string (or a union of string types) for the type checker? */
export function isStringish(checker, node) {
  const t = checker.getTypeAtLocation(node);
  return (t.flags & ts.TypeFlags.StringLike) !== 0 ||
    (t.isUnion() && t.types.every((u) => (u.flags & ts.TypeFlags.StringLike) !== 0));
}
