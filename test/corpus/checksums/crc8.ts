// CRC-8 (polynomial 0x07) over sensor frames, as in SMBus PEC.
function crc8(bytes: number[]): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}
const frames = [[0x01, 0x02, 0x03], [0xff], [0xbe, 0xef], [0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39]];
for (const f of frames) console.log(f.length, crc8(f), crc8(f).toString(16).padStart(2, "0"));
