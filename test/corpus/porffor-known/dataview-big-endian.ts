// DataView getUint32 big-endian (the notes' -129 instead of 4022250974).
const dv = new DataView(new ArrayBuffer(8));
dv.setUint8(0, 0xEF); dv.setUint8(1, 0xBE); dv.setUint8(2, 0xAD); dv.setUint8(3, 0xDE);
console.log(dv.getUint32(0, false), dv.getUint32(0, true), dv.getInt32(0), dv.getInt16(0), dv.getUint16(2, true));
dv.setFloat64(0, -1.25);
console.log(dv.getFloat64(0), dv.getUint8(0), dv.getFloat64(0, true) === -1.25);
