// The remainder operator with negative and fractional operands.
const pairs = [[7, 3], [-7, 3], [7, -3], [-7, -3], [5.5, 2], [-5.5, 2], [0, 5], [5, 0]];
for (const [a, b] of pairs) console.log(a, b, a % b);
console.log(((-1 % 4) + 4) % 4, 2 ** 10 % 1000, -0 % 5);
