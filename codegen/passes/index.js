// The translator's optimisation passes, in the order they run. Each pass takes an
// IR function (codegen/ir/ir.js) and rewrites it in place; each must keep exact
// Wasm semantics. Add new passes here.

import { foldExpressions } from './fold-expressions.js';
import { propagateConstants } from './propagate-constants.js';
import { removeDeadTemps } from './remove-dead-temps.js';

export const PASSES = [
  { name: 'propagate-constants', run: propagateConstants },
  { name: 'remove-dead-temps', run: removeDeadTemps },
  { name: 'fold-expressions', run: foldExpressions },
];

/** Run every pass over every function. */
export function runPasses(funcs, passes = PASSES) {
  for (const fn of funcs) {
    for (const pass of passes) pass.run(fn);
  }
  return funcs;
}
