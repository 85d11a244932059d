// Found by the fuzzer (seed L1, #3014 and #3184): an element read past the end (undefined) stored into a
// typed array was stored as 0; JavaScript converts it to NaN first.
const f = Float64Array.of(2.5, 4294967295, 256, -129);
f[3] = f[4294967296];
f[2] = f.length > 9 ? f[0] : f[99];
const g = new Float32Array(3);
const src = [1.5, 2.5];
g[0] = src[5];
g[1] = (src[1]);
const i8 = new Int8Array(2);
i8[0] = f[77];
const u8c = new Uint8ClampedArray(2);
u8c[1] = f[-1];
console.log(f.join(), g.join(), i8.join(), u8c.join());
