// A bitmap of 64 allocated blocks stored in two 32-bit words.
const words = new Uint32Array(2);
function alloc(i: number): void { words[i >>> 5] |= 1 << (i & 31); }
function free(i: number): void { words[i >>> 5] &= ~(1 << (i & 31)); }
function used(i: number): boolean { return (words[i >>> 5] & (1 << (i & 31))) !== 0; }
for (const i of [0, 5, 31, 32, 63]) alloc(i);
free(5);
console.log(words[0], words[1], used(0), used(5), used(31), used(63), used(40));
