// Found by the fuzzer: repeat of a string above U+00FF appended NULs;
// fromCharCode did not wrap its codes modulo 2^16; Math.hypot ignored its
// arguments after the second.
console.log("ǅ".repeat(2), "ǅ".repeat(2).length, "日本".repeat(3), "ab".repeat(0).length, "x".repeat(5));
console.log(String.fromCharCode(-9).charCodeAt(0), String.fromCharCode(65601), String.fromCharCode(72, 105, 33, 0x1F600 & 0xffff).length);
const codes: number[] = [];
for (let i = 0; i < 1500; i++) codes.push(65 + (i % 26));
const long = String.fromCharCode(...codes);
console.log(long.length, long.slice(1490));
console.log(Math.hypot(3, 4, 12), Math.hypot(1, 2, 3, 4), Math.hypot(5), Math.hypot(), Math.hypot(3, 4), Math.hypot(-3, NaN, 1));
