// XOR checksum and parity of NMEA-like payloads.
function xorChecksum(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) c ^= s.charCodeAt(i);
  return c;
}
function parity(v: number): number {
  v ^= v >> 4;
  v &= 0xf;
  return (0x6996 >> v) & 1;
}
const payload = "GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";
console.log(xorChecksum(payload).toString(16).toUpperCase());
for (const b of [0, 1, 3, 7, 0x55, 0xff]) console.log(b, parity(b));
