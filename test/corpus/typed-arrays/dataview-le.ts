// DataView, little-endian: the usual layout of sensor frames.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
dv.setUint16(0, 0xBEEF, true);
dv.setInt16(2, -2, true);
dv.setUint32(4, 0xDEADBEEF, true);
dv.setFloat32(8, 1.5, true);
dv.setInt8(12, -128);
dv.setUint8(13, 255);
const bytes = new Uint8Array(buf);
console.log(bytes.join(" "));
console.log(dv.getUint16(0, true), dv.getInt16(2, true), dv.getUint32(4, true), dv.getFloat32(8, true));
console.log(dv.getInt8(12), dv.getUint8(13), dv.getInt32(4, true));
