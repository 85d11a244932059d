// Unit conversions with fixed decimals.
const celsius = [-40, 0, 21.5, 37, 100];
for (const c of celsius) console.log(c, (c * 9 / 5 + 32).toFixed(1), (c + 273.15).toFixed(2));
const mv = 1234;
console.log(`${mv / 1000} V`, `${(mv / 1000).toFixed(1)} V`, `${Math.round(mv / 100) / 10} V`);
