// Number to string for every double: shortest round-trip, large values, tiny values.
console.log("" + (0.1 + 0.2), "" + 1 / 3, `${Math.sqrt(2)}`, String(2 / 3));
const big = 998244353 * 1000000007;
console.log("mul=" + big, `${1e15 + 0.3}`, String(123456789012345680000), String(1e21), String(-1e-7));
for (let e = -8; e <= 22; e += 3) console.log(e, String(1.5 * 10 ** e), (7 / 3 * 10 ** e).toString());
