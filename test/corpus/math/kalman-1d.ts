// A one-dimensional Kalman filter over noisy readings.
let x = 0, p = 1;
const q = 0.01, r = 0.5;
const zs = [0.39, 0.50, 0.48, 0.29, 0.25, 0.32, 0.34, 0.48, 0.41, 0.45];
const out: string[] = [];
for (const z of zs) {
  p += q;
  const k = p / (p + r);
  x += k * (z - x);
  p *= 1 - k;
  out.push(x.toFixed(5));
}
console.log(out.join(" "));
