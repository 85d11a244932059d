// Typed-array operations as Node does them: subarray, slice, set between kinds
// and between overlapping views, fill, copyWithin, from/of, iteration, length,
// byteLength and byteOffset, and out-of-range reads (undefined) and writes
// (ignored).

const show = (a: ArrayLike<number>): string => {
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) out.push(String(a[i]));
  return `[${out.join(',')}]`;
};

const u8 = new Uint8Array(16);
for (let i = 0; i < u8.length; i++) u8[i] = i * 17;
console.log('u8', show(u8), u8.length, u8.byteLength, u8.byteOffset);

// subarray shares storage; negative and out-of-range bounds
const sub = u8.subarray(4, 10);
console.log('sub', show(sub), sub.length, sub.byteOffset);
sub[0] = 1;
console.log('shared', u8[4], show(u8.subarray(-3)), show(u8.subarray(12, 100)), show(u8.subarray(8, 2)));

// slice copies
const sl = u8.slice(2, 6);
sl[0] = 200;
console.log('slice', show(sl), u8[2], show(u8.slice(-2)), show(u8.slice(5, 5)), sl.byteOffset);

// set from arrays and from other kinds, with an offset
const i16 = new Int16Array(8);
i16.set([1, -2, 3.7, 70000], 2);
console.log('i16 set', show(i16));
const f32 = new Float32Array([1.5, -2.25, 1e10, NaN]);
i16.set(f32, 4);
console.log('i16 from f32', show(i16));
const f64 = new Float64Array(6);
f64.set(i16.subarray(2, 6));
console.log('f64 from i16', show(f64));
const clamped = new Uint8ClampedArray(5);
clamped.set([-5, 300, 1.5, 2.5, 254.5]);
console.log('clamped', show(clamped));

// set between overlapping views of one buffer
const buf = new ArrayBuffer(32);
const whole = new Uint8Array(buf);
for (let i = 0; i < 32; i++) whole[i] = i;
const left = new Uint8Array(buf, 0, 16);
const right = new Uint8Array(buf, 4, 16);
right.set(left);
console.log('overlap u8', show(whole));
for (let i = 0; i < 32; i++) whole[i] = i;
const asU16 = new Uint16Array(buf, 8, 8);
const asU8 = new Uint8Array(buf, 6, 8);
asU16.set(asU8);
console.log('overlap kinds', show(whole));

// fill with ranges
const fl = new Int32Array(10);
fl.fill(7);
fl.fill(-1, 3, 6);
fl.fill(9, -2);
console.log('fill', show(fl));

// copyWithin
const cw = new Uint16Array([1, 2, 3, 4, 5, 6, 7, 8]);
cw.copyWithin(0, 3);
console.log('copyWithin', show(cw));
cw.copyWithin(2, 0, 3);
console.log('copyWithin', show(cw));
cw.copyWithin(-2, 0);
console.log('copyWithin', show(cw));

// from and of
console.log('from', show(Int8Array.from([1, 2, 300, -129])), show(Float32Array.of(0.1, 2, 3)));
console.log('from map', show(Uint16Array.from([1, 2, 3], (x) => x * 1000)));
console.log('from typed', show(Uint8Array.from(new Int16Array([256, 257, -1]))));

// iteration
let total = 0;
for (const v of new Int16Array([5, -6, 7])) total += v;
console.log('for-of', total);
const it: number[] = [];
for (const v of u8.subarray(0, 4)) it.push(v);
console.log('iter sub', it.join(' '));

// lengths and offsets of views
const view32 = new Int32Array(buf, 8, 4);
console.log('view32', view32.length, view32.byteLength, view32.byteOffset, view32.buffer.byteLength);
const view64 = new Float64Array(buf, 16);
console.log('view64', view64.length, view64.byteLength, view64.byteOffset);

// out of range
const small = new Int16Array(4);
console.log('oob read', small[4], small[-1], small[100000], small[1.5], small[NaN as unknown as number]);
small[4] = 9;
small[-1] = 9;
small[1.5] = 9;
small[2] = 3;
console.log('oob write', show(small), small.length);
const after = new Uint8Array(4);
console.log('neighbour untouched', show(after));

// element conversions
const conv = new Int8Array(6);
conv[0] = 127; conv[1] = 128; conv[2] = -129; conv[3] = 3.9; conv[4] = -3.9; conv[5] = NaN;
console.log('int8', show(conv));
const u32 = new Uint32Array(4);
u32[0] = -1; u32[1] = 2 ** 32; u32[2] = 2 ** 32 + 5; u32[3] = -0.5;
console.log('uint32', show(u32));
const f32b = new Float32Array(3);
f32b[0] = 0.1; f32b[1] = 1e40; f32b[2] = -1e-50;
console.log('float32', show(f32b));

// methods
const m = new Int32Array([5, 3, 9, 1, 7]);
console.log('indexOf', m.indexOf(9), m.indexOf(4), m.includes(7), m.lastIndexOf(5));
console.log('join', m.join('-'), m.join());
const sorted = m.slice().sort();
console.log('sort', show(sorted), show(m));
m.reverse();
console.log('reverse', show(m));
console.log('map', show(m.map((x) => x * 2)), 'filter', show(m.filter((x) => x > 4)));
console.log('reduce', m.reduce((a, b) => a + b, 0), m.some((x) => x > 8), m.every((x) => x > 0));
console.log('find', m.find((x) => x > 5), m.findIndex((x) => x > 5), m.at(-1), m.at(10));
