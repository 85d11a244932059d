// CRC-16/CCITT-FALSE as used by many serial protocols.
function crc16(data: Uint8Array): number {
  let crc = 0xFFFF;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i] << 8;
    for (let b = 0; b < 8; b++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
  }
  return crc;
}
const msg = new Uint8Array([0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39]);
console.log(crc16(msg).toString(16).toUpperCase());
console.log(crc16(new Uint8Array([])), crc16(new Uint8Array([0])).toString(16));
