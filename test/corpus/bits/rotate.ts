// Rotations used by hash functions and PRNGs.
function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}
function rotr(x: number, n: number): number {
  return ((x >>> n) | (x << (32 - n))) >>> 0;
}
const x = 0xDEADBEEF;
for (const n of [1, 4, 8, 13, 24, 31]) {
  console.log(n, rotl(x, n), rotr(x, n), rotr(rotl(x, n), n) === x >>> 0);
}
