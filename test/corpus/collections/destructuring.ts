// Destructuring and spread with arrays and objects.
const [first, second, ...rest] = [10, 20, 30, 40];
console.log(first, second, rest.join(","));
const cfg = { baud: 9600, bits: 8, parity: "none" };
const { baud, ...others } = cfg;
console.log(baud, JSON.stringify(others));
const merged = { ...cfg, baud: 115200 };
console.log(merged.baud, merged.bits, [...rest, ...[1, 2]].length);
function pair([a, b]: [number, number]): number { return a * b; }
console.log(pair([6, 7]));
