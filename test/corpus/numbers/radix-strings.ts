// Number.prototype.toString(radix) prints V8's digits in every radix: fractions to the precision of the double,
// integers past 2^53, negatives, subnormals; and it no longer writes into the program's static data.
const bits = (65535).toString(2);
const settings = { rate: 115200, parity: "none" };
const copy = { ...settings, stop: 1 };
console.log(bits, bits.length, copy.rate, copy.parity, copy.stop);

console.log((-0.1).toString(16), (0.1).toString(2), (0.1).toString(2).length, (1e21).toString(36));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0).toString(7), (-0).toString(2), (35).toString(36));
console.log((0.5).toString(2), (0.5).toString(3), (1 / 3).toString(3), (2 / 3).toString(3), Math.PI.toString(7));
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36));
console.log((2 ** 53).toString(2), (2 ** 53 + 2).toString(3), (2 ** 64).toString(16), (1e300).toString(36));
console.log(Number.MAX_VALUE.toString(36), Number.MIN_VALUE.toString(36), (2.2250738585072014e-308).toString(32));
console.log(Number.MIN_VALUE.toString(2).length, (-Number.MAX_VALUE).toString(2).length);

const values: number[] = [1, -1, 0.1, 0.2, 0.3, 123.456, -98765.4321, 1e-7, 3.5e-12, 4503599627370495.5, 2 ** 31,
  -(2 ** 31) - 0.25, 1e21 + 1e5, 123456789012345680000, 0.999999999999, 35.99999999999999];
for (const v of values) {
  const parts: string[] = [];
  for (let radix = 2; radix <= 36; radix++) {
    if (radix !== 10) parts.push(v.toString(radix));
  }
  console.log(String(v), parts.join(" "));
}

// integers round-trip through parseInt
let seed = 12345;
let agree = 0;
for (let i = 0; i < 200; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  const radix = 2 + (seed % 35);
  const n = seed - 1073741824;
  if (parseInt(n.toString(radix), radix) === n) agree++;
}
console.log("round trips", agree);
