// LED blink patterns selected by a mode state machine.
const patterns = [[1, 0], [1, 1, 0, 0], [1, 0, 1, 0, 0, 0, 0, 0]];
let mode = 0;
let step = 0;
let trace = "";
for (let tick = 0; tick < 24; tick++) {
  if (tick === 8 || tick === 16) { mode = (mode + 1) % patterns.length; step = 0; trace += "|"; }
  const p = patterns[mode];
  trace += p[step] === 1 ? "*" : ".";
  step = (step + 1) % p.length;
}
console.log(trace);
