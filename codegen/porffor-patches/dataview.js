// DataView's integer accessors in Porffor 0.61 convert values with saturating
// truncation (setInt16(-2) stored 0) and read big-endian words wrongly; there are
// no Float64 accessors at all. These replacements work byte by byte on the
// buffer, with exact ToUint32 (see to-int32.js), in both byte orders.

const ACCESSORS = `export const __DataView_prototype_getUint8 = (_this: DataView, byteOffset: number) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  return Porffor.wasm.i32.load8_u(p, 0, 4);
};

export const __DataView_prototype_setUint8 = (_this: DataView, byteOffset: number, value: number) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  Porffor.wasm.i32.store8(p, value & 255, 0, 4);
  return undefined;
};

export const __DataView_prototype_getInt8 = (_this: DataView, byteOffset: number) => {
  const u: number = __DataView_prototype_getUint8(_this, byteOffset);
  return u > 127 ? u - 256 : u;
};

export const __DataView_prototype_setInt8 = (_this: DataView, byteOffset: number, value: number) => {
  return __DataView_prototype_setUint8(_this, byteOffset, value);
};

export const __DataView_prototype_getUint16 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset + 1 >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  const b0: number = Porffor.wasm.i32.load8_u(p, 0, 4);
  const b1: number = Porffor.wasm.i32.load8_u(p + 1, 0, 4);
  if (!!littleEndian) return b0 + b1 * 256;
  return b1 + b0 * 256;
};

export const __DataView_prototype_setUint16 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset + 1 >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  const v: number = value >>> 0;
  if (!!littleEndian) {
    Porffor.wasm.i32.store8(p, v & 255, 0, 4);
    Porffor.wasm.i32.store8(p + 1, (v >>> 8) & 255, 0, 4);
  } else {
    Porffor.wasm.i32.store8(p, (v >>> 8) & 255, 0, 4);
    Porffor.wasm.i32.store8(p + 1, v & 255, 0, 4);
  }
  return undefined;
};

export const __DataView_prototype_getInt16 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  const u: number = __DataView_prototype_getUint16(_this, byteOffset, littleEndian);
  return u > 32767 ? u - 65536 : u;
};

export const __DataView_prototype_setInt16 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  return __DataView_prototype_setUint16(_this, byteOffset, value, littleEndian);
};

export const __DataView_prototype_getUint32 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset + 3 >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  const b0: number = Porffor.wasm.i32.load8_u(p, 0, 4);
  const b1: number = Porffor.wasm.i32.load8_u(p + 1, 0, 4);
  const b2: number = Porffor.wasm.i32.load8_u(p + 2, 0, 4);
  const b3: number = Porffor.wasm.i32.load8_u(p + 3, 0, 4);
  if (!!littleEndian) return b0 + b1 * 256 + b2 * 65536 + b3 * 16777216;
  return b3 + b2 * 256 + b1 * 65536 + b0 * 16777216;
};

export const __DataView_prototype_setUint32 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  if (__DataView_prototype_buffer$get(_this).detached) throw new TypeError('Cannot operate on a detached ArrayBuffer');
  const len: i32 = Porffor.wasm.i32.load(_this, 0, 0);
  if (Porffor.fastOr(byteOffset < 0, byteOffset + 3 >= len)) throw new RangeError('Offset is outside the bounds of the DataView');
  const p: i32 = Porffor.wasm.i32.load(_this, 0, 4) + byteOffset;
  const v: number = value >>> 0;
  const b0: number = v & 255;
  const b1: number = (v >>> 8) & 255;
  const b2: number = (v >>> 16) & 255;
  const b3: number = v >>> 24;
  if (!!littleEndian) {
    Porffor.wasm.i32.store8(p, b0, 0, 4);
    Porffor.wasm.i32.store8(p + 1, b1, 0, 4);
    Porffor.wasm.i32.store8(p + 2, b2, 0, 4);
    Porffor.wasm.i32.store8(p + 3, b3, 0, 4);
  } else {
    Porffor.wasm.i32.store8(p, b3, 0, 4);
    Porffor.wasm.i32.store8(p + 1, b2, 0, 4);
    Porffor.wasm.i32.store8(p + 2, b1, 0, 4);
    Porffor.wasm.i32.store8(p + 3, b0, 0, 4);
  }
  return undefined;
};

export const __DataView_prototype_getInt32 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  return __DataView_prototype_getUint32(_this, byteOffset, littleEndian) | 0;
};

export const __DataView_prototype_setInt32 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  return __DataView_prototype_setUint32(_this, byteOffset, value, littleEndian);
};

export const __DataView_prototype_getFloat32 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  const u: number = __DataView_prototype_getUint32(_this, byteOffset, littleEndian);
  Porffor.wasm\`
local.get \${u}
i64.trunc_sat_f64_u
i32.wrap_i64
f32.reinterpret_i32
f64.promote_f32
i32.const 1
return\`;
};

export const __DataView_prototype_setFloat32 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  let bits: number = 0;
  Porffor.wasm\`
local.get \${value}
f32.demote_f64
i32.reinterpret_f32
f64.convert_i32_u
local.set \${bits}\`;
  return __DataView_prototype_setUint32(_this, byteOffset, bits, littleEndian);
};

export const __DataView_prototype_getFloat64 = (_this: DataView, byteOffset: number, littleEndian: any) => {
  const le: boolean = !!littleEndian;
  const lo: number = __DataView_prototype_getUint32(_this, le ? byteOffset : byteOffset + 4, le);
  const hi: number = __DataView_prototype_getUint32(_this, le ? byteOffset + 4 : byteOffset, le);
  Porffor.wasm\`
local.get \${hi}
i64.trunc_sat_f64_u
i64.const 32
i64.shl
local.get \${lo}
i64.trunc_sat_f64_u
i64.or
f64.reinterpret_i64
i32.const 1
return\`;
};

export const __DataView_prototype_setFloat64 = (_this: DataView, byteOffset: number, value: number, littleEndian: any) => {
  const le: boolean = !!littleEndian;
  let hi: number = 0;
  let lo: number = 0;
  Porffor.wasm\`
local.get \${value}
i64.reinterpret_f64
i64.const 32
i64.shr_u
f64.convert_i64_u
local.set \${hi}
local.get \${value}
i64.reinterpret_f64
i64.const 32
i64.shl
i64.const 32
i64.shr_u
f64.convert_i64_u
local.set \${lo}\`;
  __DataView_prototype_setUint32(_this, le ? byteOffset : byteOffset + 4, lo, le);
  return __DataView_prototype_setUint32(_this, le ? byteOffset + 4 : byteOffset, hi, le);
};
`;

export default {
  id: 'dataview',
  why: 'DataView integer accessors wrap values and honour both byte orders; Float64 accessors exist',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/dataview.ts',
      find: 'export const __DataView_prototype_getUint8 = ',
      toEnd: true,
      replace: ACCESSORS,
    },
  ],
};
