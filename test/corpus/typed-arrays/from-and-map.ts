// Typed arrays from arrays, with map, reduce, slice and sort.
const a = Uint8Array.from([5, 3, 250, 1]);
const doubled = a.map((x) => x * 2);
console.log(doubled.join(","), a.reduce((s, x) => s + x, 0));
const sorted = a.slice().sort();
console.log(sorted.join(","), a.join(","));
const f = new Float32Array([1.5, -2.25, 3]);
console.log(f.map((x) => x * 2).join(","), f.indexOf(3), f.length);
