// Copies of arrays longer than Porffor's 2 KiB page (227 elements), and the
// length rule for stores at the end: a[a.length] = x appends, and the value is
// computed before the length changes.
const big: number[] = [];
for (let i = 0; i < 500; i++) big[big.length] = (i * 37) % 101;
const stamp: number[] = [];
stamp[stamp.length] = stamp.length;
stamp[stamp.length] = stamp.length * 10;
console.log(big.length, big[499], stamp.join(","));
const joined = big.concat([1, 2, 3]);
const reversed = big.slice().reverse();
const sorted = big.slice().sort((a, b) => a - b);
const replaced = [...big];
replaced[450] = -1;
const spliced = big.concat();
spliced.splice(10, 400);
console.log(joined.length, joined[499], joined[502], reversed[0], reversed[499]);
console.log(sorted[0], sorted[250], sorted[499], replaced[450], replaced[451], big[450]);
console.log(spliced.length, spliced[9], spliced[10], spliced[99]);
let sum = 0;
for (const x of joined) sum += x;
console.log(sum, big.indexOf(100), big.lastIndexOf(0), big.slice(300).length);
