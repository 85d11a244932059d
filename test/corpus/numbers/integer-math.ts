// Integer division and remainders the way firmware computes them.
const total = 1234567;
console.log(Math.floor(total / 1000), total % 1000, Math.trunc(-7 / 2), -7 % 2, (-7 / 2) | 0);
console.log(Math.floor(-3.5), Math.ceil(-3.5), Math.round(-3.5), Math.round(3.5), Math.round(2.5), Math.round(-2.5));
console.log(Math.max(3, 9, -1), Math.min(3, 9, -1), Math.abs(-12), Math.sign(-4), Math.sign(0));
console.log(17 / 4, 1 / 0, -1 / 0, 0 / 0 === 0 / 0);
