// The driver of docs/driver-guide.md at work: a stopwatch measures a loop in
// timer ticks, and a one-shot alarm wakes a waiting task 30 ms later.
//   npx helix-sdk run examples/driver-tutorial --board qemu-mps2-an386
import { exit, ms, now, semaphore, give, take, task } from 'helix-sdk';
import { DUALTIMER_IRQ } from 'helix-sdk/board';
import { DualTimer } from './dual-timer.ts';

const timer = new DualTimer(0x4000_2000, DUALTIMER_IRQ, 25_000_000);

timer.startStopwatch();
let sum = 0;
for (let i = 0; i < 1000; i++) sum += i;
const ticks = timer.stopwatchTicks();
console.log(`stopwatch: summing 1000 numbers (${sum}) took ${ticks > 0 ? 'some' : 'no'} ticks: ${ticks}`);

const rang = semaphore(0);
task('waiter', { class: 'interactive', latency: ms(5) }, () => {
  timer.alarmAfter(ms(30), () => give(rang));
  const setAt = now(); // the alarm's counter started just before
  take(rang);
  console.log(`alarm: rang ${Math.round((now() - setAt) / 1000)} ms after it was set, ${timer.alarmsFired()} time(s)`);
  exit(0);
});
