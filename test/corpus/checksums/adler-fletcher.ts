// Adler-32 and Fletcher-16 checksums.
function adler32(s: string): number {
  let a = 1, b = 0;
  for (let i = 0; i < s.length; i++) {
    a = (a + s.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
function fletcher16(s: string): number {
  let sum1 = 0, sum2 = 0;
  for (let i = 0; i < s.length; i++) {
    sum1 = (sum1 + s.charCodeAt(i)) % 255;
    sum2 = (sum2 + sum1) % 255;
  }
  return (sum2 << 8) | sum1;
}
for (const s of ["Wikipedia", "abcde", "abcdef", ""]) console.log(s.length, adler32(s), fletcher16(s));
