// Constructs docs/language.md says are refused at build time. The generator
// emits a few programs with one of them (low probability); the build must
// refuse them cleanly: a BuildError naming file:line, never a compiler crash.

import { block, ex, lit, stmt } from '../tree.js';
import { NUM, STR } from './core.js';

const KINDS = [
  ['generators', (ctx) => {
    const g = ctx.gid('gen');
    ctx.decls.push(stmt(`function* ${g}(): Generator<number> `, block([stmt('yield 1;'), stmt('yield 2;')])));
    return [stmt(`for (const v of ${g}()) console.log(v);`)];
  }],
  ['async', (ctx) => {
    const f = ctx.gid('later');
    ctx.decls.push(stmt(`async function ${f}(): Promise<number> `, block([stmt('return 1;')])));
    return [stmt(`${f}().then((v) => console.log(v));`)];
  }],
  ['eval', (ctx) => [ctx.print([ex(NUM, 'eval("1 + 2") as number')])]],
  ['eval', (ctx) => [stmt('const f = new Function("return 3");'), ctx.print([ex(STR, 'typeof f')])]],
  ['closures', (ctx) => {
    const mk = ctx.gid('counter');
    ctx.decls.push(stmt(`function ${mk}(start: number): () => number `, block([stmt('return () => start++;')])));
    return [stmt(`const c = ${mk}(`, ctx.smallInt(0, 5), ');'), ctx.print([ex(NUM, 'c()'), ex(NUM, 'c()')])];
  }],
  ['closures', (ctx) => {
    const keep = ctx.gid('keep');
    ctx.decls.push(stmt(`const ${keep}: (() => number)[] = [];`));
    return [stmt('const local = ', ctx.num(1), ';'), stmt(`${keep}.push(() => local * 2);`), ctx.print([ex(NUM, `${keep}[0]()`)])];
  }],
  ['superStatic', (ctx) => {
    const a = ctx.gid('Base');
    const b = ctx.gid('Mid');
    ctx.decls.push(stmt(`class ${a} `, block([stmt('static kind(): string { return "base"; }')])));
    ctx.decls.push(stmt(`class ${b} extends ${a} `, block([stmt('static kind(): string { return "mid " + super.kind(); }')])));
    return [ctx.print([ex(STR, `${b}.kind()`)])];
  }],
  ['member', (ctx) => [ctx.print([ex(NUM, '"a".localeCompare(', ctx.strLit(), ')')])]],
  ['member', (ctx) => [ctx.print([ex(STR, '(', ctx.num(1), ').toLocaleString()')])]],
  ['member', (ctx) => [ctx.print([ex(STR, '"abc".toLocaleUpperCase()')])]],
  ['member', (ctx) => [ctx.print([ex(STR, '"ab".normalize("NFD")')])]],
  ['member', (ctx) => {
    const f = ctx.gid('twice');
    ctx.decls.push(stmt(`function ${f}(x: number): number { return x * 2; }`));
    return [stmt(`const g = ${f}.bind(null);`), ctx.print([ex(NUM, 'g(4)')])];
  }],
  ['member', (ctx) => {
    const f = ctx.gid('twice');
    ctx.decls.push(stmt(`function ${f}(x: number): number { return x * 2; }`));
    return [ctx.print([ex(NUM, `${f}.call(null, 4)`)])];
  }],
  ['reserved', (ctx) => [stmt('const __hx_mine = ', ctx.num(1), ';'), ctx.print([ex(NUM, '__hx_mine')])]],
];

export const REFUSED_KINDS = KINDS.map(([k]) => k);

export default {
  name: 'refused',
  weight: 0, // chosen per program, not per snippet (generate.js)
  generate(ctx) {
    const [kind, make] = ctx.rng.pick(KINDS);
    ctx.refusedKind = kind;
    return [ctx.printRandom(1, 1), ...make(ctx), ctx.print([lit(STR, 'after')])];
  },
};
