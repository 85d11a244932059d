// ArrayBuffer views at byte offsets, DataView in both byte orders over a shared
// buffer, ArrayBuffer.slice, and the RangeErrors Node throws for bad offsets,
// lengths and positions.

const buf = new ArrayBuffer(64);
const bytes = new Uint8Array(buf);
const dv = new DataView(buf, 8, 48);
console.log('dv', dv.byteOffset, dv.byteLength, dv.buffer.byteLength);

dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
dv.setInt32(4, -2, false);
dv.setUint32(8, 0xdeadbeef, true);
dv.setFloat32(12, 1.5);
dv.setFloat64(16, -0.1, true);
dv.setInt8(24, -128);
dv.setUint8(25, 255);
dv.setInt16(26, -300, true);
const hex: string[] = [];
for (let i = 8; i < 36; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
console.log(hex.join(' '));
console.log(dv.getUint16(0), dv.getUint16(0, true), dv.getInt32(4), dv.getUint32(8, true).toString(16));
console.log(dv.getFloat32(12), dv.getFloat64(16, true), dv.getInt8(24), dv.getUint8(25), dv.getInt16(26, true));
console.log(dv.getUint32(0).toString(16), dv.getUint32(0, true).toString(16), dv.getInt16(4), dv.getUint8(27));

// typed views at offsets see the same bytes
const u16 = new Uint16Array(buf, 8, 4);
const i32 = new Int32Array(buf, 12, 2);
const f32 = new Float32Array(buf, 20, 1);
console.log(u16[0], u16[1], i32[0], i32[1], f32[0], u16.byteOffset, i32.byteOffset, f32.byteOffset);
i32[0] = 7;
console.log(dv.getInt32(4, true), bytes[12], bytes[13]);

// slice of the buffer copies
const copy = buf.slice(8, 12);
const cv = new Uint8Array(copy);
cv[0] = 0;
console.log(copy.byteLength, cv.length, bytes[8], cv[1]);
console.log(ArrayBuffer.isView(dv), ArrayBuffer.isView(u16), ArrayBuffer.isView(buf));

// errors
function attempt(what: string, f: () => unknown): void {
  try {
    const r = f();
    console.log(what, 'ok', typeof r);
  } catch (e) {
    const err = e as Error;
    console.log(what, err.name, err.message);
  }
}
attempt('negative length', () => new Int16Array(-1));
attempt('misaligned offset', () => new Int32Array(buf, 2));
attempt('ragged buffer', () => new Int32Array(new ArrayBuffer(6)));
attempt('offset past end', () => new Int32Array(buf, 68));
attempt('length past end', () => new Int32Array(buf, 0, 100));
attempt('set past end', () => new Int16Array(4).set([1, 2, 3], 2));
attempt('set negative', () => new Int16Array(4).set([1], -1));
attempt('dv get past end', () => dv.getInt32(46));
attempt('dv set past end', () => dv.setFloat64(44, 1));
attempt('at end ok', () => new Int32Array(buf, 64).length);
attempt('with bad index', () => new Uint8Array(2).fill(3).subarray(5).length);
