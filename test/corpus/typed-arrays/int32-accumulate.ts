// Int32Array arithmetic wraps like 32-bit registers.
const acc = new Int32Array(1);
for (let i = 0; i < 10; i++) acc[0] += 300000000;
console.log(acc[0]);
const u = new Uint32Array(1);
u[0] = 0xFFFFFFFF;
u[0] += 2;
console.log(u[0]);
const s = new Int8Array(1);
s[0] = 127;
s[0]++;
console.log(s[0]);
