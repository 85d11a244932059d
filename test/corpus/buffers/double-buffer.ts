// Ping-pong buffers: one is filled while the other is processed.
const buffers = [new Uint16Array(4), new Uint16Array(4)];
let active = 0;
function fill(buf: Uint16Array, base: number): void {
  for (let i = 0; i < buf.length; i++) buf[i] = base + i * 3;
}
function process(buf: Uint16Array): number {
  let total = 0;
  for (let i = 0; i < buf.length; i++) total += buf[i];
  return total;
}
for (let round = 0; round < 4; round++) {
  fill(buffers[active], round * 100);
  const done = active;
  active ^= 1;
  console.log("round", round, "processed buffer", done, "sum", process(buffers[done]));
}
