// Definition counts of temporaries, shared by the passes. A temporary is
// single-assignment unless it carries a block's results (assigned on every branch).

import { walk, writesOf } from '../ir/ir.js';

/** @returns {{ defs: Map<number, object[]>, multi: Set<number> }} set statements per temp id */
export function tempDefinitions(fn) {
  const defs = new Map();
  const multi = new Set();
  walk(fn.body, (st) => {
    for (const w of writesOf(st)) {
      if (w.k !== 'temp') continue;
      if (defs.has(w.id)) multi.add(w.id);
      else defs.set(w.id, []);
      if (st.s === 'set') defs.get(w.id).push(st);
    }
    if (st.label) st.label.results.forEach((r) => multi.add(r.id));
  });
  return { defs, multi };
}
