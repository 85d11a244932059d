// Found by the fuzzer: undefined (an element read past an array) was 0 in arithmetic,
// comparisons and Number(); JavaScript gives NaN.
const ys: number[] = [1.5];
const u: any = ys[3];
const n: any = null;
console.log(Number(u), Number(n), +u, +n, Number(true), Number("12"), Number([]), Number([7]), Number(""), u * 1, n * 1);
const past = ys[5];
console.log(past + 1, past - 1, past * 2, past / 2, past % 2, past ** 2, past < 1, past > -1, past <= 0, past >= 0);
console.log(past | 0, past >>> 0, ~past, past & 1);
let acc = 0;
for (let i = 0; i < 3; i++) acc += ys[i];
console.log(acc, Math.max(acc, 1));
