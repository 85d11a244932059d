// Views share storage: subarray, set and fill.
const buf = new Uint8Array(10);
for (let i = 0; i < buf.length; i++) buf[i] = i;
const view = buf.subarray(2, 6);
view[0] = 99;
console.log(view.length, view.join(","), buf[2]);
buf.set([7, 7, 7], 7);
console.log(buf.join(","));
buf.fill(1, 0, 3);
console.log(buf.join(","), buf.indexOf(7), buf.includes(99));
