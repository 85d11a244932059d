// Found by the fuzzer: reading a plain array at a negative or fractional index,
// or past a length that was shortened, gave an element instead of undefined;
// growing it again brought the old elements back.
const a: number[] = [77, 5, 9];
console.log(a[-1], a[1.5], a[3], a[-0.5], a[NaN as unknown as number]);
let i = -1;
console.log(a[i], a[i + 1]);
const b: number[] = [1, 2, 3, 4, 5, 6];
b.length = 2;
b[4] = 9;
console.log(b.join(","), b.length, b[3], b[2]);
const c: number[] = [1, 2, 3, 4];
c.length = 1;
c.length = 3;
console.log(c.join(","), c[1], c.length);
const d: number[] = [5, 6, 7];
d.pop();
console.log(d[2], d.length);
d[-1] = 4;
d[1.5] = 4;
console.log(d.join(","), d.length);
const e: (number | undefined)[] = [];
e[2] = 1;
console.log(e.length, e[0], e.join("|"));
