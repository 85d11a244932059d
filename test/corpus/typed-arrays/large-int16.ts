// The program: a 4 KiB Int16Array filled, then read back after other
// allocations (console output, strings) — elements past the first 2 KiB were
// overwritten by later allocations.
const a = new Int16Array(2048);
for (let i = 0; i < a.length; i++) a[i] = ((i * 7919) % 65536) - 32768;
for (let i = 0; i < a.length; i += 256) console.log(i, a[i]);
let bad = 0;
for (let i = 0; i < a.length; i++) if (a[i] !== ((i * 7919) % 65536) - 32768) bad++;
console.log('bad', bad);
