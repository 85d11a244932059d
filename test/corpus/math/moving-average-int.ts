// An integer moving average with a power-of-two window (shift instead of divide).
const WINDOW_BITS = 3;
const buf = new Int32Array(1 << WINDOW_BITS);
let idx = 0, sum = 0;
function add(x: number): number {
  sum += x - buf[idx];
  buf[idx] = x;
  idx = (idx + 1) & ((1 << WINDOW_BITS) - 1);
  return sum >> WINDOW_BITS;
}
const out: number[] = [];
for (const x of [800, 820, 790, 1500, 805, 810, 795, 800, 802, 799]) out.push(add(x));
console.log(out.join(" "));
