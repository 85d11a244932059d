// Callbacks that touch only module-level state work everywhere.
let total = 0;
let calls = 0;
function onSample(v: number): void { total += v; calls++; }
const samples = [3, 1, 4, 1, 5, 9, 2, 6];
samples.forEach(onSample);
samples.forEach((v) => { if (v > 4) total += 100; });
console.log("total", total, "calls", calls);
const handlers: Array<(x: number) => number> = [(x) => x + 1, (x) => x * 2, (x) => x * x];
console.log(handlers.map((h) => h(7)).join(","));
