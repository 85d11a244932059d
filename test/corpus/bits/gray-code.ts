// Gray code for rotary encoders.
const toGray = (n: number): number => n ^ (n >>> 1);
function fromGray(g: number): number {
  let n = g;
  for (let shift = 1; shift < 32; shift <<= 1) n ^= n >>> shift;
  return n >>> 0;
}
for (let i = 0; i < 8; i++) console.log(i, toGray(i), fromGray(toGray(i)));
console.log(fromGray(toGray(0xDEADBEEF)) === 0xDEADBEEF);
