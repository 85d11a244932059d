// 32-bit multiplicative hashing with Math.imul.
console.log(Math.imul(0x9E3779B9, 0x85EBCA6B), Math.imul(3, 4), Math.imul(-5, 12));
console.log(Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2));
function murmurMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
for (const k of [0, 1, 42, 0xdeadbeef, 123456789]) console.log(k >>> 0, murmurMix(k));
