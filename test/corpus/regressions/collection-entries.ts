// Tried by hand as a user would: Map.prototype.entries and Set.prototype.entries were refused at build time
// (Porffor has keys() and values() only).
const m = new Map<string, number>([['a', 1], ['b', 2], ['c', 3]]);
m.delete('b'); m.set('b', 4); m.set('a', 5);
console.log([...m.keys()].join(), [...m.values()].join(), [...m.entries()].map(([k, v]) => k + v).join());
for (const [k, v] of m.entries()) console.log(k, v);
const pairs = Array.from(m.entries());
console.log(pairs.length, pairs[0][0], pairs[2][1], JSON.stringify(pairs));
const s = new Set<number>([3, 1, 3, 2]);
console.log(JSON.stringify([...s.entries()]), [...s.keys()].join());
for (const [a, b] of s.entries()) console.log(a === b, a);
const big = new Map<number, string>();
for (let i = 0; i < 300; i++) big.set(i, 'v' + i);
let sum = 0;
for (const [k, v] of big.entries()) sum += k + v.length;
console.log(sum, [...big.entries()].length);
console.log(JSON.stringify([...new Map<string, number>().entries()]));
