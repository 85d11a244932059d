// Vector math for an accelerometer: magnitude, dot product, normalisation.
type Vec = [number, number, number];
const mag = (v: Vec): number => Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const a: Vec = [3, 4, 12];
const b: Vec = [1, 0, -1];
console.log(mag(a), dot(a, b), mag([0.5, 0.5, 0.5]).toFixed(6));
const m = mag(a);
console.log(a.map((x) => (x / m).toFixed(4)).join(","));
