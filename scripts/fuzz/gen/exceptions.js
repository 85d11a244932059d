// Exceptions: throw and catch of built-in Error kinds and Error subclasses
// (with fields, with and without their own name), instanceof on the caught
// value, rethrow, nested try, finally after normal completion, throw, return,
// break and continue, and return/break/continue inside finally; errors the
// runtime throws (RangeError from toFixed, repeat, typed array lengths, ...).

import { args, block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, NUM, STR } from './core.js';

const BUILTIN = ['Error', 'RangeError', 'TypeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'];

function errorClass(ctx) {
  const r = ctx.rng;
  const parent = r.chance(0.7) || ctx.off('error-kinds') ? 'Error' : r.pick(BUILTIN.slice(1));
  const short = `${r.pick(['Sensor', 'Bus', 'Parse', 'Limit', 'Io', 'Bad'])}${ctx.counter + 1}Error`;
  const name = `${'@@_'}${short}`;
  ctx.counter++;
  const named = r.chance(0.75);
  const withCode = r.chance(0.5);
  const body = [];
  if (withCode) {
    body.push(stmt('constructor(message: string, readonly code: number) ', block([
      stmt('super(message);'), ...(named ? [stmt(`this.name = ${JSON.stringify(short)};`)] : [])])));
  } else if (named) {
    body.push(stmt('constructor(message: string) ', block([stmt('super(message);'), stmt(`this.name = ${JSON.stringify(short)};`)])));
  }
  ctx.decls.push(stmt(`class ${name} extends ${parent} `, block(body)));
  const cls = { name, short, parent, withCode, named, isError: true };
  ctx.errorClasses = [...(ctx.errorClasses ?? []), cls];
  return cls;
}

/** An expression creating an error: a built-in kind or one of the program's subclasses. */
function newError(ctx, classes) {
  const r = ctx.rng;
  const msg = r.chance(0.7) ? ex(STR, '`', r.pick(['bad ', 'failed at ', 'limit ', '']), '${', ctx.num(0), '}`') : ctx.str(1);
  if (classes.length && r.chance(0.6)) {
    const c = r.pick(classes);
    return ex('Error', `new ${c.name}(`, args([msg, ...(c.withCode ? [ctx.smallInt(0, 99)] : [])], c.withCode ? 2 : 1), ')');
  }
  return ex('Error', `new ${ctx.off('error-kinds') ? 'Error' : r.pick(BUILTIN)}(`, r.chance(0.9) ? msg : '', ')');
}

/** Statements a catch block runs: print what was caught, by kind. */
function describeCaught(ctx, e, classes) {
  const r = ctx.rng;
  const vals = [ex(STR, `(${e} instanceof Error ? ${e}.name + ": " + ${e}.message : "non-error")`)];
  if (r.chance(0.5)) vals.push(ex(BOOL, `(${e} instanceof ${r.pick(['RangeError', 'TypeError', 'Error'])})`));
  const withCode = classes.filter((c) => c.withCode);
  const out = [ctx.print(vals)];
  if (withCode.length && r.chance(0.5)) {
    const c = r.pick(withCode);
    out.push(stmt(`if (${e} instanceof ${c.name}) `, block([ctx.print([ex(NUM, `${e}.code`), ex(STR, `${e}.message`)])])));
  }
  return out;
}

/** An operation the runtime rejects with an error (message and kind as Node's). */
function runtimeError(ctx) {
  const r = ctx.rng;
  return r.pick([
    () => ex(STR, '(', ctx.num(0), ').toFixed(', lit(NUM, r.pick([101, -1, 1000])), ')'),
    () => ex(STR, '(', ctx.num(0), ').toPrecision(', lit(NUM, r.pick([0, 101])), ')'),
    () => ex(STR, '(', ctx.num(0), ').toString(', lit(NUM, r.pick([0, 1, 37])), ')'),
    () => ex(STR, '"ab".repeat(', lit(NUM, r.pick([-1, Infinity])), ')'),
    () => ex(STR, 'String(new Uint8Array(', lit(NUM, r.pick([-1, 1.5])), ').length)'),
    () => ex(STR, 'String(new Array(', lit(NUM, r.pick([-1, 1.5, 4294967296])), ').length)'),
    () => ex(STR, 'String(new DataView(new ArrayBuffer(4)).getInt32(', lit(NUM, r.pick([1, 4, -1])), '))'),
    () => ex(STR, 'String(new Int32Array(new ArrayBuffer(8), ', lit(NUM, r.pick([1, 2, 12])), ').length)'),
    () => ex(STR, 'String(new Float64Array(new ArrayBuffer(', lit(NUM, r.pick([7, 12])), ')).length)'),
    // members of null and undefined, and calls of what is not a function
    () => ex(STR, `String((${r.pick(['null', 'undefined'])} as any)${r.pick(['.x', '[0]', '.toString()', '.valueOf()', '.length', '.push(1)', '["k"]'])})`),
    () => ex(STR, `String(((${r.pick(['null', 'undefined'])} as any).${r.pick(['x', 'y'])} = 1))`),
    () => ex(STR, `String((Math as any).${r.pick(['PI', 'nope'])}())`),
  ])();
}

/** A function whose try/finally completes in several ways. */
function finallyFunction(ctx, classes) {
  const r = ctx.rng;
  const name = ctx.gid('guard');
  const body = ctx.inFunction({ kind: 'fn', ret: NUM, noMethods: true, name }, () => {
    ctx.declare('n', NUM, true);
    const tryB = [];
    tryB.push(stmt('if (n > ', ctx.smallInt(0, 4), ') throw ', newError(ctx, classes), ';'));
    if (r.chance(0.5)) tryB.push(stmt('if (n < 0) return ', ctx.num(1), ';'));
    tryB.push(ctx.print([lit(STR, 'try'), ex(NUM, 'n')]));
    tryB.push(stmt('n = n * 2 + 1;'));
    const catchB = [...describeCaught(ctx, 'e', classes)];
    if (r.chance(0.4)) catchB.push(stmt('if (n > ', ctx.smallInt(3, 8), ') throw e;'));
    catchB.push(stmt('n = -n;'));
    const finB = [ctx.print([lit(STR, 'finally'), ex(NUM, 'n')])];
    if (r.chance(0.35)) finB.push(stmt('if (n === ', ctx.smallInt(-5, 5), ') return 1000;'));
    const parts = [stmt('try ', block(tryB), r.chance(0.85) ? ex('x', ' catch (e) ', block(catchB)) : '', ' finally ', block(finB)),
      stmt('return n;')];
    return parts;
  });
  ctx.decls.push(stmt(`function ${name}(n: number): number `, block(body)));
  return name;
}

export default {
  name: 'exceptions',
  weight: 9,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const classes = ctx.errorClasses ?? [];
    for (let i = 0; i < r.int(0, 2); i++) classes.push(errorClass(ctx));
    const n = r.int(2, 4);
    for (let k = 0; k < n && ctx.canPrint(3); k++) {
      r.weighted([
        [3, () => {
          const tryB = ctx.withScope(() => [...ctx.statements(r.int(0, 2), 1),
            stmt('if (', ctx.bool(1), ') throw ', newError(ctx, classes), ';'), ctx.printRandom(1, 1)]);
          const catchB = ctx.withScope(() => describeCaught(ctx, 'e', classes));
          const fin = r.chance(0.4) ? block(ctx.withScope(() => [ctx.printRandom(1, 1)])) : null;
          const t = block(tryB);
          out.push(compound([t], 'try ', t, ' catch (e) ', block(catchB), ...(fin ? [' finally ', fin] : [])));
        }],
        [3, () => {
          const g = finallyFunction(ctx, classes);
          const vals = Array.from({ length: r.int(1, 3) }, () => lit(NUM, r.int(-2, 9)));
          for (const v of vals) {
            const inner = block([ctx.print([ex(NUM, `${g}(`, v, ')')])]);
            out.push(compound([inner], 'try ', inner, ' catch (e) ', block([ctx.print([ex(STR, '(e instanceof Error ? "outer " + e.message : "?")')])])));
          }
        }],
        [2, () => {
          // break / continue / labelled jumps through finally in a loop
          const acc = ctx.id('log');
          const i = ctx.id('i');
          const lab = ctx.id('outer');
          const jump = r.pick(['break', 'continue', `break ${lab}`, `continue ${lab}`]);
          const body = block([
            stmt('try ', block([stmt(`if (${i} === `, ctx.smallInt(0, 4), `) ${jump};`),
              stmt(`if (${i} === `, ctx.smallInt(0, 4), ') throw new Error("at " + ', i, ');'), stmt(`${acc} += "t" + ${i};`)]),
            ' catch (e) ', block([stmt(`${acc} += "c";`)]), ' finally ', block([stmt(`${acc} += "f";`),
              ...(r.chance(0.3) ? [stmt(`if (${i} === `, ctx.smallInt(0, 4), `) ${r.pick(['break', 'continue'])};`)] : [])])),
          ]);
          out.push(stmt(`let ${acc}: string = "";`),
            compound([], `${lab}: for (let ${i} = 0; ${i} < ${r.int(1, 6)}; ${i}++) `, body), ctx.print([ex(STR, acc)]));
        }],
        [ctx.off('runtime-errors') ? 0 : 2, () => {
          const e = runtimeError(ctx);
          const inner = block([ctx.print([e])]);
          out.push(compound([], 'try ', inner, ' catch (e) ', block([ctx.print([ex(STR, '(e instanceof Error ? e.name + ": " + e.message : "?")')])])));
        }],
        [1, () => {
          // nested try: the inner catch rethrows a different error
          const inner = stmt('try ', block([stmt('throw ', newError(ctx, classes), ';')]), ' catch (e) ', block([
            ...describeCaught(ctx, 'e', classes), stmt('throw ', newError(ctx, classes), ';')]), ' finally ', block([ctx.print([lit(STR, 'inner finally')])]));
          out.push(stmt('try ', block([inner]), ' catch (e2) ', block(describeCaught(ctx, 'e2', classes))));
        }],
        [r.chance(0.15) ? 1 : 0, () => {
          // an error that escapes the program (the batch runner reports it like the firmware does)
          out.push(stmt('if (', ctx.bool(1), ') throw ', newError(ctx, classes), ';'));
        }],
      ])();
    }
    return out;
  },
};
