// Floats through DataView in both byte orders.
const dv = new DataView(new ArrayBuffer(24));
dv.setFloat32(0, 3.14159, true);
dv.setFloat32(4, -0.5);
dv.setFloat64(8, Math.PI, true);
dv.setFloat64(16, -1e-300);
console.log(dv.getFloat32(0, true), dv.getFloat32(4), dv.getFloat64(8, true), dv.getFloat64(16));
console.log(dv.getUint32(4).toString(16), dv.getUint8(16));
