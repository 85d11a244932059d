// Set union, intersection and difference of pin numbers.
const a = new Set([1, 2, 3, 5, 8]);
const b = new Set([2, 3, 4, 8, 13]);
const union = new Set<number>(a);
for (const x of b) union.add(x);
const inter: number[] = [];
for (const x of a) if (b.has(x)) inter.push(x);
const diff: number[] = [];
for (const x of a) if (!b.has(x)) diff.push(x);
console.log(union.size, inter.join(","), diff.join(","));
a.delete(1);
console.log(a.size, a.has(1));
