// Program generation: a program is a few snippets of randomly chosen construct
// families, in one main function, with the top-level declarations they need.
// The same (seed, index) always gives the same program, byte for byte.

import { Rng } from './rng.js';
import { assignIds } from './shrink.js';
import { PREFIX, block, render, stmt } from './tree.js';
import { Ctx } from './gen/core.js';
import arrays from './gen/arrays.js';
import calls from './gen/calls.js';
import classes from './gen/classes.js';
import closures from './gen/closures.js';
import collections from './gen/collections.js';
import control from './gen/control.js';
import exceptions from './gen/exceptions.js';
import math from './gen/math.js';
import numbers from './gen/numbers.js';
import refused from './gen/refused.js';
import strings from './gen/strings.js';
import typed from './gen/typed.js';

export const FAMILIES = [numbers, math, strings, typed, arrays, classes, collections, control, exceptions, calls, closures];
export const FAMILY_NAMES = [...FAMILIES.map((f) => f.name), 'refused'];
/**
 * Finer switches for --without: single constructs inside families, to fuzz around a bug that is
 * already known (each was broken everywhere when it was added).
 */
export const FEATURE_NAMES = ['switch-continue', 'odd-index', 'error-kinds', 'runtime-errors', 'captures'];

/** Probability that a program is one of the deliberately refused ones. */
export const REFUSED_RATE = 0.02;

/**
 * @param {string|number} seed
 * @param {number} index
 * @param {object} [opts]
 * @param {string[]} [opts.without] family names to leave out
 * @returns {{ seed, index, prefix: string, tree: object, families: string[], refused: string|null }}
 */
export function generateProgram(seed, index, { without = [] } = {}) {
  const rng = new Rng(`helix-fuzz:${seed}:${index}`);
  const ctx = new Ctx(rng, { maxPrints: rng.int(5, 40), without });
  const enabled = FAMILIES.filter((f) => !without.includes(f.name));
  const main = [];
  const families = [];
  const wantRefusal = !without.includes('refused') && rng.chance(REFUSED_RATE);
  if (wantRefusal) {
    main.push(...refused.generate(ctx));
    families.push('refused');
  } else if (enabled.length) {
    const snippets = rng.int(1, 4);
    for (let i = 0; i < snippets && ctx.canPrint(2); i++) {
      const fam = rng.weighted(enabled.map((f) => [f.weight, f]));
      families.push(fam.name);
      main.push(...fam.generate(ctx));
      if (rng.chance(0.3) && ctx.canPrint()) main.push(...ctx.statements(rng.int(1, 3)));
    }
  }
  if (!main.length) main.push(ctx.printRandom());
  const mainDecl = stmt(`function ${PREFIX}main(): void `, block(main));
  mainDecl.keep = true; // the runner calls it
  const tree = assignIds(block([...ctx.decls, mainDecl], 'top'));
  return { seed, index, prefix: `fz${index}_`, tree, families, refused: ctx.refusedKind ?? null };
}

/** The program alone: its declarations at top level, then a call of its main function. */
export function standaloneSource(program, tree = program.tree) {
  return `${render(tree, program.prefix)}\n${program.prefix}main();\n`;
}
