// Integer square root by Newton's method, checked against Math.sqrt.
function isqrt(n: number): number {
  if (n < 2) return n;
  let x = n;
  let y = Math.floor((x + 1) / 2);
  while (y < x) { x = y; y = Math.floor((x + Math.floor(n / x)) / 2); }
  return x;
}
for (const n of [0, 1, 15, 16, 17, 1000000, 2147395599]) {
  console.log(n, isqrt(n), Math.floor(Math.sqrt(n)) === isqrt(n));
}
console.log(Math.sqrt(2), Math.sqrt(1e-10), Math.hypot(3, 4), Math.cbrt(27));
