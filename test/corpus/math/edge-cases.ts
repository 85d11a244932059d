// Math at the edges a sensor pipeline meets: zeros, infinities, NaN, huge ratios.
const specials = [0, -0, 1, -1, 0.5, Infinity, -Infinity, NaN, 1e300, -1e-300];
for (const x of specials) {
  console.log(x, Math.pow(x, 0.1), Math.pow(1, x), Math.pow(x, Infinity), Math.pow(x, -3), x ** 0);
  console.log(Math.atan2(x, -1), Math.atan2(1e300, x), Math.exp(x), Math.log(x), Math.tanh(x), Math.cosh(x));
}
// Angles from a magnetometer: atan2 of readings far apart in magnitude.
const headings: number[] = [];
for (let i = 1; i <= 8; i++) headings.push(Math.atan2(i * 1e-3, -i * 1e3) * 180 / Math.PI);
console.log(headings.map((h) => h.toFixed(9)).join(' '));
console.log(Math.tanh(1e-10), Math.sinh(1e-10), Math.expm1(1e-10), Math.log1p(1e-10), Math.cosh(1), Math.sinh(1));
