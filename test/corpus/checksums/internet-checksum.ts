// The 16-bit ones' complement checksum of IP headers.
function checksum(words: number[]): number {
  let sum = 0;
  for (const w of words) {
    sum += w;
    sum = (sum & 0xffff) + (sum >>> 16);
  }
  return ~sum & 0xffff;
}
const header = [0x4500, 0x0073, 0x0000, 0x4000, 0x4011, 0x0000, 0xc0a8, 0x0001, 0xc0a8, 0x00c7];
const c = checksum(header);
console.log(c.toString(16));
header[5] = c;
console.log(checksum(header));
