// CRC-32 computed incrementally over chunks must equal the one-shot value.
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}
function update(crc: number, data: Uint8Array): number {
  let c = crc ^ 0xFFFFFFFF;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xFFFFFFFF) >>> 0;
}
const data = new Uint8Array(100);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
let crc = 0;
crc = update(crc, data.subarray(0, 30));
crc = update(crc, data.subarray(30, 71));
crc = update(crc, data.subarray(71));
console.log(crc.toString(16), update(0, data).toString(16));
