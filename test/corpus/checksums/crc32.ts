// CRC-32 (IEEE 802.3), bitwise and table-driven, on a test vector.
function crc32Bitwise(data: number[]): number {
  let crc = 0xFFFFFFFF;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
  }
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
const table: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  table.push(c >>> 0);
}
function crc32Table(data: number[]): number {
  let crc = 0xFFFFFFFF;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}
const text = "123456789";
const bytes: number[] = [];
for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i));
console.log(crc32Bitwise(bytes).toString(16), crc32Table(bytes).toString(16));
console.log(table[1], table[255]);
