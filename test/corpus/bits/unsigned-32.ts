// Full 32-bit unsigned register values, as read from hardware.
const status = 0xDEADBEEF;
console.log(status >>> 0, status | 0, status >> 0);
console.log((status >>> 16) & 0xffff, status & 0xffff);
console.log(0xFFFFFFFF >>> 0, 0xFFFFFFFF >> 4, 0xFFFFFFFF & 0xF0F0F0F0);
console.log((0xAAAAAAAA ^ 0x55555555) >>> 0, (1 << 31) >>> 0, -5 >>> 0);
console.log(~0 >>> 0, ~0xFF, ~~3.7, ~~-3.7);
const flags = 0x80000001;
console.log("top bit set", (flags & 0x80000000) !== 0, (flags & 0x80000000) >>> 0);
