// ToInt32/ToUint32 must wrap modulo 2^32 (the notes' table of saturating results).
console.log(0xFFFFFFFF >>> 0, 0xFFFFFFFF >> 4, 0xFFFFFFFF & 0xF0F0F0F0);
console.log((0xAAAAAAAA ^ 0x55555555) >>> 0, (1 << 31) >>> 0, -5 >>> 0);
const x = 0xDEADBEEF;
console.log(((x << 8) | (x >>> 24)) >>> 0, Math.imul(0x9E3779B9, 0x85EBCA6B));
console.log(Infinity | 0, NaN | 0, -Infinity >>> 0, (2 ** 64 + 2 ** 33 + 20480) | 0, 2 ** 53 | 0, -(2 ** 40 + 7) | 0);
const u32 = new Uint32Array(2); u32[0] = 2 ** 32; u32[1] = 2 ** 32 + 1;
console.log(u32[0], u32[1]);
