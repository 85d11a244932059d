// A traffic light controller driven by ticks.
const enum Light { Red, RedAmber, Green, Amber }
const durations = [5, 1, 4, 2];
const names = ["red", "red+amber", "green", "amber"];
let state = Light.Red;
let remaining = durations[state];
let log = "";
for (let tick = 0; tick < 20; tick++) {
  remaining--;
  if (remaining === 0) {
    state = (state + 1) % 4;
    remaining = durations[state];
    log += `t${tick}:${names[state]} `;
  }
}
console.log(log.trim());
