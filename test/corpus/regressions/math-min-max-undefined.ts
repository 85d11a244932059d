// Found by the fuzzer: Math.max and Math.min of undefined (a read past an array, a
// hole) are NaN, and of a string its number; Porffor took the raw value (0).
const empty = Uint8ClampedArray.from([]);
console.log(Math.min(empty[0]), Math.max(empty[0], 3), Math.max(1, 2), Math.min(-0, 0), Math.max(-0, 0));
const a: number[] = [5, -2, 16];
a[a.length + 3] = 62;
console.log(Math.max(...a), Math.min(...a, 15), Math.max(a[1], a[4]), Math.min(a[0], a[2]));
const s: any = '5';
console.log(Math.max(s, 3), Math.min(s, 7), Math.max(), Math.min(), Math.max(NaN, 1));
const u: number | undefined = a.length > 100 ? 1 : undefined;
console.log(Math.max(u ?? 4, 2), Math.min(a[10], 1));
const holes: number[] = [1];
holes[3] = 9;
console.log(Math.hypot(holes[4]), Math.sqrt(holes[1]), Math.abs(holes[2]), Math.floor(holes[7]), Math.sign(holes[0]));
console.log(Math.atan2(holes[1], 1), Math.pow(holes[2], 0), Math.round(s), Math.trunc(holes[3]), Math.cbrt(holes[9]));
