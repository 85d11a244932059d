// The CRC the STM32 bootloader's Get Checksum command (0xA1) computes:
// CRC-32/MPEG-2 (polynomial 0x04C11DB7, initial 0xFFFFFFFF, no reflection, no
// final XOR) over little-endian 32-bit words, most significant bit first. The
// CRC unit of the STM32 works on words, hence the word order.

/** @param {Uint8Array} bytes a multiple of 4 bytes long */
export function stm32Crc(bytes) {
  if (bytes.length % 4) throw new RangeError(`stm32Crc needs whole words, got ${bytes.length} bytes`);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 4) {
    crc = (crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))) >>> 0;
    for (let bit = 0; bit < 32; bit++) crc = ((crc << 1) ^ (crc & 0x80000000 ? 0x04c11db7 : 0)) >>> 0;
  }
  return crc;
}
