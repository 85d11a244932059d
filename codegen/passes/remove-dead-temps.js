// Delete assignments to temporaries nobody reads, when computing the value has
// no effect (no memory access, no trap). Repeats until nothing changes, since
// removing one assignment can make its operands dead too.

import { childBodies, forEachRead, isPureExpr, walk } from '../ir/ir.js';
import { tempDefinitions } from './temp-defs.js';

export function removeDeadTemps(fn) {
  for (;;) {
    const read = new Set();
    walk(fn.body, (st) => forEachRead(st, (op) => { if (op.k === 'temp') read.add(op.id); }));
    const { multi } = tempDefinitions(fn);
    let removed = 0;
    const prune = (body) => {
      for (let i = body.length - 1; i >= 0; i--) {
        const st = body[i];
        if (st.s === 'set' && st.dst.k === 'temp' && !read.has(st.dst.id) && !multi.has(st.dst.id) &&
            isPureExpr(st.expr)) {
          body.splice(i, 1);
          removed++;
        } else {
          childBodies(st).forEach(prune);
        }
      }
    };
    prune(fn.body);
    if (!removed) return;
  }
}
