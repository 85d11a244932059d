// Large integers and their string forms.
const big = 998244359987710500;
console.log(big, String(big), `${big}`);
const n = 2 ** 53;
console.log(n, n + 1, n + 2, `${n * 4}`);
let acc = 1;
for (let i = 0; i < 20; i++) acc *= 7;
console.log(acc, `${acc}`);
