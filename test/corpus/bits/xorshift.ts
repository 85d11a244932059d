// A deterministic xorshift32 PRNG as used for test patterns.
let state = 2463534242;
function next(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state >>> 0;
}
const out: number[] = [];
for (let i = 0; i < 6; i++) out.push(next());
console.log(out.join(" "));
console.log(next() % 100, next() & 0xff);
