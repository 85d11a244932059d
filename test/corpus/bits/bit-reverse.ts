// Reversing the bit order of a byte and a word.
function reverseByte(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    r = (r << 1) | (b & 1);
    b >>= 1;
  }
  return r;
}
function reverse32(x: number): number {
  let r = 0;
  for (let i = 0; i < 32; i++) {
    r = (r << 1) | (x & 1);
    x >>>= 1;
  }
  return r >>> 0;
}
console.log(reverseByte(1), reverseByte(0x0f), reverseByte(0xa5));
console.log(reverse32(1), reverse32(0xF0000000), reverse32(0x12345678).toString(16));
