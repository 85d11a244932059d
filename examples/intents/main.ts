// Three periodic RealTime tasks declaring 80 % of the CPU, next to a Batch task
// that never yields. The dis scheduler keeps every deadline for 10 s of virtual
// time; the build refuses the set under the cooperative scheduler, which could not.
//   npx helix-sdk run examples/intents --board qemu-mps2-an386 --stats
import { task, ms, us, seconds, now, exit, taskStats, type Task } from 'helix-sdk';

/** Busy work for about `d` of CPU time (each job uses a little less than its budget). */
function work(d: number): void {
  const t0 = now();
  while (now() - t0 < d) { /* computing */ }
}

const RUN_FOR = seconds(10);
let crunched = 0;

const control = task('control', { class: 'realtime', period: ms(10), budget: ms(3) }, () => work(us(2500)));
const sensor = task('sensor', { class: 'realtime', period: ms(20), budget: ms(5) }, () => work(ms(4)));
const telemetry = task('telemetry', { class: 'realtime', period: ms(40), budget: ms(10) }, () => {
  work(ms(8));
  if (now() >= RUN_FOR) report();
});
task('crunch', { class: 'batch' }, () => {
  for (;;) crunched++;
});

function report(): void {
  const realtime: Task[] = [control, sensor, telemetry];
  let misses = 0;
  for (const t of realtime) misses += taskStats(t).deadlineMisses;
  console.log(`after ${Math.round(now() / 1000)} ms: ${misses} deadline misses; the batch task counted to ${crunched > 0 ? 'a positive number' : 'zero'}`);
  exit(misses === 0 ? 0 : 1);
}
