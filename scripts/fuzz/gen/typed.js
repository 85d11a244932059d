// Typed arrays, ArrayBuffer and DataView: views of random kinds, sizes and
// byte offsets into a shared buffer (so they alias), DataView get/set in both
// byte orders, subarray, slice, set (between kinds, overlapping), fill,
// copyWithin, from/of, for-of, length/byteLength/byteOffset, reads and writes
// out of range, sort/reverse/indexOf/join.

import { block, compound, ex, lit, stmt } from '../tree.js';
import { BOOL, BYTES, NUM, STR, TYPED_KINDS, comparator } from './core.js';

const DV_KINDS = [['Int8', 1], ['Uint8', 1], ['Int16', 2], ['Uint16', 2], ['Int32', 4], ['Uint32', 4], ['Float32', 4], ['Float64', 8]];
const VALUES = [0, -0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2147483647, 2147483648, -2147483649,
  4294967295, 4294967296, 1e10, -1e10, 0.5, 1.5, 2.5, -0.5, 254.5, 255.5, 3.7, -3.7, NaN, Infinity, -Infinity, 1e-45,
  3.4028235e38, 3.4028236e38, 16777217, 9007199254740993, 0.1];

/**
 * A computed value stored as a float: a NaN it yields goes through +String(), which gives the one NaN every
 * platform agrees on (JavaScript leaves the bits of a stored NaN to the implementation: 0/0 is negative on x86,
 * positive on RISC-V, so reading them back as integers would differ for no fault of the compiler).
 */
function floatStored(kind, e) {
  return kind.startsWith('Float') ? ex(NUM, '(+String(', e, '))') : e;
}

/** A fill expression for element `i`. */
function fillExpr(ctx, i) {
  const r = ctx.rng;
  return r.weighted([
    [3, () => ex(NUM, `${i} * ${r.int(1, 300)} - ${r.int(0, 1000)}`)],
    [2, () => ex(NUM, `Math.imul(${i} + ${r.int(1, 99)}, ${r.pick([2654435761, 40503, 16777619, 31])})`)],
    [1, () => ex(NUM, `Math.sin(${i}) * ${r.pick([1, 100, 1e6])}`)],
    [1, () => ex(NUM, `${i} / ${r.pick([3, 7, 0.1, -2])}`)],
    [1, () => ex(NUM, `(${i} & 1) === 0 ? `, lit(NUM, r.pick(VALUES)), ' : ', lit(NUM, r.pick(VALUES)))],
    [1, () => ex(NUM, `${i} ^ `, ctx.num(1))],
  ])();
}

export default {
  name: 'typed-arrays',
  weight: 12,
  generate(ctx) {
    const r = ctx.rng;
    const out = [];
    const views = []; // { name, kind }
    const push = (...s) => out.push(...s);

    // a shared buffer with several views at aligned byte offsets
    const big = r.chance(0.2);
    const bytes = big ? r.pick([4096, 8192, 16384]) : r.pick([8, 16, 24, 32, 64, 128, 256, 1024]);
    const buf = ctx.id('buf');
    push(stmt(`const ${buf} = new ArrayBuffer(${bytes});`));
    ctx.declare(buf, 'ArrayBuffer', false);
    const nViews = r.int(1, 3);
    for (let k = 0; k < nViews; k++) {
      const kind = r.pick(TYPED_KINDS);
      const size = BYTES[kind];
      const name = ctx.id('ta');
      const maxElems = Math.floor(bytes / size);
      const form = r.int(0, 2);
      if (form === 0) {
        push(stmt(`const ${name} = new ${kind}(${buf});`));
      } else {
        const offElems = r.int(0, Math.max(0, Math.min(maxElems - 1, 8)));
        const off = offElems * size;
        if (form === 1 || maxElems - offElems <= 0) push(stmt(`const ${name} = new ${kind}(${buf}, ${off});`));
        else push(stmt(`const ${name} = new ${kind}(${buf}, ${off}, ${r.int(0, maxElems - offElems)});`));
      }
      ctx.declare(name, kind, false);
      views.push({ name, kind });
    }
    // an array of its own
    {
      const kind = r.pick(TYPED_KINDS);
      const name = ctx.id('ta');
      const how = r.int(0, 3);
      if (how === 0) push(stmt(`const ${name} = new ${kind}(${r.pick([0, 1, 3, 8, 16, 100, 1000, 3000])});`));
      else if (how === 1) push(stmt(`const ${name} = ${kind}.of(`, { t: 'args', items: Array.from({ length: r.int(0, 6) }, () => lit(NUM, r.pick(VALUES))), min: 0 }, ');'));
      else if (how === 2) push(stmt(`const ${name} = ${kind}.from([`, { t: 'args', items: Array.from({ length: r.int(1, 6) }, () => ctx.num(1)), min: 0 }, ']);'));
      else push(stmt(`const ${name} = new ${kind}([`, { t: 'args', items: Array.from({ length: r.int(1, 8) }, () => lit(NUM, r.pick(VALUES))), min: 0 }, ']);'));
      ctx.declare(name, kind, false);
      views.push({ name, kind });
    }

    const view = () => r.pick(views);
    const summary = (v) => (r.chance(0.5) ? ex(STR, `${v.name}.length <= 16 ? ${v.name}.join(",") : String(${v.name}.length)`)
      : checksumExpr(v));
    const checksumExpr = (v) => ex(NUM, `${v.name}.reduce((h, x) => (Math.imul(h, 31) + (x | 0)) | 0, 7)`);

    const n = r.int(3, 7);
    for (let s = 0; s < n && ctx.canPrint(); s++) {
      const v = view();
      r.weighted([
        // fill with a loop
        [4, () => {
          const i = ctx.id('i');
          const body = block(ctx.withScope(() => {
            ctx.declare(i, NUM, false, { loopIndex: true });
            return [stmt(`${v.name}[${i}] = `, fillExpr(ctx, i), ';')];
          }));
          push(compound([], `for (let ${i} = 0; ${i} < ${v.name}.length; ${i}++) `, body));
          push(ctx.print([summary(v), ex(NUM, `${v.name}[0]`), ex(NUM, `${v.name}[${v.name}.length - 1]`)]));
        }],
        // element writes at edge values, then reads (in and out of range)
        [4, () => {
          const k = r.int(1, 3);
          for (let j = 0; j < k; j++) push(stmt(`${v.name}[`, ctx.index(v.name), '] = ', r.chance(0.6) ? lit(NUM, r.pick(VALUES)) : floatStored(v.kind, ctx.num(1)), ';'));
          push(ctx.print([ex(NUM, `${v.name}[`, ctx.index(v.name), ']'), ex(NUM, `${v.name}[`, ctx.index(v.name), ']'), ex(NUM, `${v.name}.length`)]));
        }],
        [2, () => push(stmt(`${v.name}.fill(`, lit(NUM, r.pick(VALUES)), r.chance(0.6) ? ex(NUM, ', ', ctx.smallInt(-3, 5)) : '', r.chance(0.4) ? ex(NUM, ', ', ctx.smallInt(-2, 9)) : '', ');'), ctx.print([summary(v)]))],
        [2, () => {
          const w = view();
          push(stmt(`${v.name}.set(${w.name}.subarray(0, Math.max(0, Math.min(${w.name}.length, ${v.name}.length - `, ctx.smallInt(0, 3), '))), ', ctx.smallInt(0, 0), ');'));
          push(ctx.print([summary(v), summary(w)]));
        }],
        [1, () => {
          // overlapping set within one buffer (memmove semantics)
          push(stmt(`if (${v.name}.length > 2) ${v.name}.set(${v.name}.subarray(0, ${v.name}.length - 1), 1);`));
          push(ctx.print([summary(v)]));
        }],
        [1, () => {
          push(stmt('try { ', `${v.name}.set(`, r.pick([`[1, 2, 3]`, `${view().name}`]), ', ', ctx.smallInt(0, 40), '); } catch (e) { ',
            ctx.print([ex(STR, '(e instanceof Error ? e.name : "?")')]), ' }'));
          push(ctx.print([summary(v)]));
        }],
        [2, () => {
          const sub = ctx.id('sub');
          const meth = r.pick(['subarray', 'slice']);
          push(stmt(`const ${sub} = ${v.name}.${meth}(`, ctx.smallInt(-4, 6), r.chance(0.7) ? ex(NUM, ', ', ctx.smallInt(-3, 12)) : '', ');'));
          ctx.declare(sub, v.kind, false);
          views.push({ name: sub, kind: v.kind });
          push(ctx.print([ex(NUM, `${sub}.length`), ex(NUM, `${sub}.byteOffset`), ex(NUM, `${sub}.byteLength`), summary({ name: sub })]));
          if (r.chance(0.6)) {
            push(stmt(`${sub}[0] = `, lit(NUM, r.pick(VALUES)), ';'));
            push(ctx.print([ex(NUM, `${v.name}[`, ctx.smallInt(0, 6), ']'), ex(NUM, `${sub}[0]`)]));
          }
        }],
        [2, () => push(stmt(`${v.name}.copyWithin(`, ctx.smallInt(-2, 4), ', ', ctx.smallInt(-3, 6), r.chance(0.5) ? ex(NUM, ', ', ctx.smallInt(-2, 9)) : '', ');'), ctx.print([summary(v)]))],
        [2, () => {
          const acc = ctx.id('acc');
          const x = ctx.id('x');
          ctx.declare(acc, NUM, true);
          const body = block(ctx.withScope(() => {
            ctx.declare(x, NUM, false);
            return [stmt(`${acc} = `, r.pick([`${acc} + ${x}`, `(${acc} * 31 + ${x}) % 1000003`, `${acc} ^ (${x} | 0)`, `Math.max(${acc}, ${x})`]), ';')];
          }));
          push(stmt(`let ${acc}: number = 0;`), compound([], `for (const ${x} of ${v.name}) `, body), ctx.print([ex(NUM, acc)]));
        }],
        [1, () => push(ctx.print([ex(NUM, `${v.name}.length`), ex(NUM, `${v.name}.byteLength`), ex(NUM, `${v.name}.byteOffset`),
          ex(NUM, `${v.kind}.BYTES_PER_ELEMENT`), ex(NUM, `${v.name}.buffer.byteLength`)]))],
        [1, () => push(stmt(`${v.name}.${r.pick(['sort()', 'reverse()', `sort(${comparator(r)})`])};`), ctx.print([summary(v)]))],
        [1, () => push(ctx.print([ex(NUM, `${v.name}.indexOf(`, lit(NUM, r.pick(VALUES)), ')'), ex(BOOL, `${v.name}.includes(`, lit(NUM, r.pick(VALUES)), ')'),
          ex(NUM, `${v.name}.lastIndexOf(${v.name}[0])`)]))],
        [1, () => {
          const m = ctx.id('m');
          const kind = r.pick(TYPED_KINDS);
          push(stmt(`const ${m} = ${kind}.from(${v.name}, (x) => x * `, lit(NUM, r.pick([2, -1, 0.5, 1000, 1e9])), ');'));
          ctx.declare(m, kind, false);
          views.push({ name: m, kind });
          push(ctx.print([summary({ name: m }), ex(NUM, `${m}.length`)]));
        }],
        [1, () => push(ctx.print([ex(NUM, `${v.name}.filter((x) => x > `, ctx.numLit(), ').length'), ex(NUM, `${v.name}.map((x) => x + 1)[0]`),
          ex(BOOL, `${v.name}.some((x) => x < 0)`), ex(BOOL, `${v.name}.every((x) => x === x)`)]))],
      ])();
    }

    // DataView over the shared buffer, both byte orders
    if (r.chance(0.7) && ctx.canPrint(2)) {
      const dv = ctx.id('dv');
      const off = r.pick([0, 0, 1, 2, 3, 4, 8]);
      push(stmt(`const ${dv} = new DataView(${buf}${off && off < bytes ? `, ${off}` : ''});`));
      const avail = bytes - (off < bytes ? off : 0);
      const m = r.int(2, 6);
      for (let j = 0; j < m && ctx.canPrint(); j++) {
        const [kind, size] = r.pick(DV_KINDS);
        if (avail < size) break;
        const at = r.int(0, Math.min(avail - size, 24));
        const le = size > 1 ? r.pick(['true', 'false', '']) : '';
        if (r.chance(0.6)) push(stmt(`${dv}.set${kind}(${at}, `, r.chance(0.7) ? lit(NUM, r.pick(VALUES)) : floatStored(kind, ctx.num(1)), le ? `, ${le});` : ');'));
        const [rk, rsize] = r.pick(DV_KINDS.filter(([, sz]) => sz <= avail - at));
        const rle = rsize > 1 ? r.pick(['true', 'false', '']) : '';
        push(ctx.print([ex(NUM, `${dv}.get${rk}(${at}${rle ? `, ${rle}` : ''})`),
          ex(NUM, `${dv}.get${rk}(${at}${rsize > 1 ? `, ${rle === 'true' ? 'false' : 'true'}` : ''})`)]));
      }
      if (r.chance(0.3)) {
        push(stmt('try { ', ctx.print([ex(NUM, `${dv}.getInt32(${dv}.byteLength - `, ctx.smallInt(0, 3), ')')]),
          ' } catch (e) { ', ctx.print([ex(STR, '(e instanceof RangeError ? "range" : "other")')]), ' }'));
      }
      push(ctx.print([ex(NUM, `${dv}.byteLength`), ex(NUM, `${dv}.byteOffset`)]));
    }
    return out;
  },
};
