// Converting non-integer doubles to strings: shortest round-trip form.
const values = [0.1 + 0.2, 1 / 3, Math.PI / 4, Math.SQRT2, 2 / 3, 1e21, 1.5e-7, 123.456, 5e-324];
for (const v of values) console.log(String(v), `${v}`, "" + v);
console.log(`${0.1 * 3}`, (0.1).toString(), (1 / 7).toString());
