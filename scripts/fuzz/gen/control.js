// Control flow: switch (numbers and strings, fall-through, default in any
// position), for / while / do-while / for-of loops with break and continue,
// labelled loops, nested conditionals. Every loop is bounded by a header the
// shrinker never edits.

import { block, compound, ex, lit, stmt } from '../tree.js';
import { NUM, STR } from './core.js';

function loopBody(ctx, label, extra = []) {
  const r = ctx.rng;
  return ctx.withScope(() => {
    const body = [...extra];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const jumps = ctx.loops;
      r.weighted([
        [3, () => body.push(ctx.simpleStatement(1))],
        [jumps.length ? 2 : 0, () => {
          const target = r.pick(jumps);
          const kw = r.pick(['break', 'continue']);
          const lab = target.label && (target !== jumps[jumps.length - 1] || r.chance(0.3)) ? ` ${target.label}` : '';
          const s = stmt(`${kw}${lab};`);
          body.push({ t: 'seq', c: ['if (', ctx.bool(1), ') ', block([s])], u: [] });
        }],
        [1, () => body.push(ctx.ifStatement(1))],
      ])();
    }
    return body;
  });
}

function boundedLoop(ctx, depth) {
  const r = ctx.rng;
  const label = r.chance(0.35) ? ctx.id('lab') : null;
  const i = ctx.id('i');
  const count = r.int(0, 6);
  const kind = r.pick(['for', 'for', 'while', 'do', 'forof']);
  const make = (inner) => ctx.inLoop(label, () => {
    ctx.declare(i, NUM, false, { loopIndex: true });
    const before = ctx.prints;
    let body = loopBody(ctx, label);
    if (inner && depth > 0) body = [...body, boundedLoop(ctx, depth - 1)];
    // each iteration's prints count against the budget
    ctx.prints = before + (ctx.prints - before) * Math.max(1, count);
    return block(body);
  });
  const b = make(r.chance(0.4));
  const pre = label ? `${label}: ` : '';
  switch (kind) {
    case 'for': return compound([], `${pre}for (let ${i} = 0; ${i} < ${count}; ${i}++) `, b);
    case 'while': return compound([], `{ let ${i} = -1; ${pre}while (++${i} < ${count}) `, b, ' }');
    case 'do': return compound([], `{ let ${i} = 0; ${pre}do `, b, ` while (++${i} < ${count}); }`);
    default: return compound([], `${pre}for (const ${i} of [${Array.from({ length: count }, () => r.int(-5, 20)).join(', ')}]) `, b);
  }
}

function switchStatement(ctx) {
  const r = ctx.rng;
  const onString = r.chance(0.3);
  const values = onString ? r.sample(['a', 'b', 'c', 'on', 'off', '', '1'], r.int(1, 4)) : r.sample([0, 1, 2, 3, 4, 5, -1, 0.5, NaN], r.int(1, 5));
  const disc = onString ? ex(STR, '(', ctx.str(1), ' as string)') : r.chance(0.6) ? ex(NUM, '(', ctx.num(1), ' & 7)') : ex(NUM, '(', ctx.num(1), ' as number)');
  const acc = ctx.id('sw');
  ctx.declare(acc, STR, true);
  const clauses = [];
  const defaultAt = r.chance(0.6) ? r.int(0, values.length) : -1;
  const clause = (head) => {
    const body = ctx.withScope(() => {
      const s = [stmt(`${acc} += `, lit(STR, head.replace(/[^a-z0-9]/gi, '') || 'e'), ';')];
      if (r.chance(0.3)) s.push(ctx.simpleStatement(1));
      if (r.chance(0.6)) s.push(stmt('break;'));
      return s;
    });
    return { t: 'seq', c: [head, block(body, 'bare')] };
  };
  values.forEach((v, k) => {
    if (k === defaultAt) clauses.push(clause('default:'));
    clauses.push(clause(`case ${onString ? JSON.stringify(v) : Number.isNaN(v) ? 'NaN' : String(v)}:`));
  });
  if (defaultAt === values.length) clauses.push(clause('default:'));
  return [stmt(`let ${acc}: string = "";`), stmt('switch (', disc, ') ', block(clauses)), ctx.print([ex(STR, acc)])];
}

export default {
  name: 'control',
  weight: 9,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const counter = ctx.letDecl(NUM, ctx.smallInt(0, 3));
    out.push(counter.stmt);
    const n = r.int(2, 4);
    for (let k = 0; k < n && ctx.canPrint(); k++) {
      r.weighted([
        [3, () => { out.push(boundedLoop(ctx, 1)); out.push(ctx.print([ex(NUM, counter.name)])); }],
        [3, () => out.push(...switchStatement(ctx))],
        [ctx.off('switch-continue') ? 0 : 2, () => {
          // a switch inside a loop: break leaves the switch, continue the loop
          const i = ctx.id('i');
          const count = r.int(1, 6);
          const acc = ctx.id('t');
          const body = block([stmt(`switch (${i} % 3) { case 0: ${acc} += "z"; continue; case 1: ${acc} += "o"; `,
            r.pick(['break;', '', 'if (' + i + ' > 2) break;']), ` default: ${acc} += "d"; }`), stmt(`${acc} += ${i};`)]);
          out.push(stmt(`let ${acc}: string = "";`), compound([], `for (let ${i} = 0; ${i} < ${count}; ${i}++) `, body), ctx.print([ex(STR, acc)]));
        }],
        [1, () => out.push(ctx.ifStatement(2))],
        [1, () => {
          // a labelled block left by break
          const lab = ctx.id('blk');
          const acc = ctx.id('t');
          out.push(stmt(`let ${acc}: string = "";`));
          out.push(stmt(`${lab}: `, block([stmt(`${acc} += "a";`), stmt('if (', ctx.bool(1), `) break ${lab};`), stmt(`${acc} += "b";`),
            stmt('if (', ctx.bool(1), `) break ${lab};`), stmt(`${acc} += "c";`)])));
          out.push(ctx.print([ex(STR, acc)]));
        }],
      ])();
    }
    return out;
  },
};
