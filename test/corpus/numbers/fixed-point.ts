// Q16.16 fixed-point arithmetic.
const ONE = 1 << 16;
function toFixed16(x: number): number { return Math.round(x * ONE) | 0; }
function fromFixed16(q: number): number { return q / ONE; }
function mul(a: number, b: number): number { return Math.round((a * b) / ONE) | 0; }
function div(a: number, b: number): number { return Math.round((a * ONE) / b) | 0; }
const a = toFixed16(3.25);
const b = toFixed16(-1.5);
console.log(a, b, fromFixed16(mul(a, b)), fromFixed16(div(a, b)).toFixed(4));
console.log(fromFixed16(toFixed16(0.1)).toFixed(6), toFixed16(100.75));
