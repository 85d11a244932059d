// A growing list of numbers: push, then indexed reads. Plain arrays live at
// relocatable addresses (sdk/kernel/arrays.c), so every access takes the
// memory slow path; this measures what that costs.
const N = 2000;
const t0 = performance.now();
const values: number[] = [];
for (let i = 0; i < N; i++) values.push((i * 7) % 1000);
let sum = 0;
for (let pass = 0; pass < 4; pass++) {
  for (let i = 0; i < values.length; i++) sum += values[i];
}
const t1 = performance.now();
console.log("sum", sum, "ms", t1 - t0);
