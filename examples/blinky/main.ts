// The board's LEDs count in binary, one step every 250 ms: the period of a
// RealTime task, so the kernel releases each step on time whatever else runs.
// Each step prints the time and the LED pattern read back from the hardware.
//   npx helix-sdk run examples/blinky --board qemu-mps2-an386
import { exit, ms, now, task } from 'helix-sdk';
import { leds } from 'helix-sdk/board';

const PERIOD = ms(250);
const STEPS = 16;

let step = 0;
let start = 0;
for (let i = 0; i < leds.count(); i++) leds.set(i, false);

task('blink', { class: 'realtime', period: PERIOD, budget: ms(10) }, () => {
  const t = now(); // the job's start: its release, give or take the scheduler's decision
  if (step === 0) start = t;
  step++;
  for (let i = 0; i < leds.count(); i++) leds.set(i, ((step >> i) & 1) === 1);
  console.log(`${Math.round((t - start) / 1000)} ms: leds ${leds.pattern().toString(2).padStart(leds.count(), '0')}`);
  if (step === STEPS) exit(0);
});
