// Endianness conversions done by hand.
function bswap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}
function bswap16(x: number): number {
  return ((x & 0xff) << 8) | ((x >> 8) & 0xff);
}
console.log(bswap32(0x11223344).toString(16), bswap32(0xDEADBEEF).toString(16));
console.log(bswap16(0x1234).toString(16), bswap16(0xABCD).toString(16));
console.log(bswap32(bswap32(0xCAFEBABE)) === 0xCAFEBABE);
