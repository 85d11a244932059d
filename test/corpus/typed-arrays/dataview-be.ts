// DataView, big-endian (network byte order): the default when no flag is given.
const dv = new DataView(new ArrayBuffer(12));
dv.setUint32(0, 0xEFCDAB89);
dv.setUint16(4, 0x1234);
dv.setInt32(6, -2);
console.log(dv.getUint32(0), dv.getUint32(0, false), dv.getUint16(4), dv.getInt32(6));
console.log(dv.getUint8(0), dv.getUint8(1), dv.getUint8(2), dv.getUint8(3));
console.log(dv.getUint32(0, true).toString(16));
