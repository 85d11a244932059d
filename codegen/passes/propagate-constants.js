// Replace reads of a temporary that is assigned a constant exactly once by the
// constant itself. Temporaries are defined before use on every path (the IR is
// built from a validated stack machine), so this is always safe.

import { mapReads, walk } from '../ir/ir.js';
import { tempDefinitions } from './temp-defs.js';

export function propagateConstants(fn) {
  const { defs, multi } = tempDefinitions(fn);
  const constants = new Map();
  for (const [id, sets] of defs) {
    if (multi.has(id) || sets.length !== 1) continue;
    const e = sets[0].expr;
    if (e.k === 'const') constants.set(id, e);
  }
  if (!constants.size) return;
  walk(fn.body, (st) => mapReads(st, (op) => (op.k === 'temp' && constants.has(op.id) ? constants.get(op.id) : op)));
}
