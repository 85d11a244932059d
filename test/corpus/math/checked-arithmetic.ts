// Saturating 16-bit arithmetic for audio samples.
const sat16 = (v: number): number => (v > 32767 ? 32767 : v < -32768 ? -32768 : v);
const add16 = (a: number, b: number): number => sat16(a + b);
const mul16 = (a: number, b: number): number => sat16((a * b) >> 15);
console.log(add16(30000, 5000), add16(-30000, -5000), add16(100, 200));
console.log(mul16(16384, 16384), mul16(-32768, 32767), mul16(32767, 32767));
