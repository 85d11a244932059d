// Counting bits: popcount, leading zeros, lowest set bit.
function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0F0F0F0F) * 0x01010101) >>> 24;
}
function lowestSetBit(v: number): number {
  return v & -v;
}
const values = [0, 1, 7, 0x80000000, 0xFFFFFFFF, 0x12345678, 1023];
for (const v of values) {
  console.log(v >>> 0, popcount(v), Math.clz32(v), lowestSetBit(v) >>> 0);
}
