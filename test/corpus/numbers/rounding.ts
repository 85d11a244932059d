// Rounding helpers and their edge cases.
const xs = [1.5, 2.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, -0.4, 4.7, -4.7];
for (const x of xs) console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x));
console.log(Math.round(-0), Object.is(Math.round(-0.2), -0));
