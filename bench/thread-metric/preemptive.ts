// Preemptive scheduling: t0 (Batch) wakes t1, an Interactive task that preempts it at once; t1 wakes t2
// and waits, t2 wakes t3 and waits, ... t4 counts and waits, and t0 runs again. A chain is 5 counts and
// 5 context switches, one of them a preemption. (Thread-Metric's chain climbs five static priorities with
// 8 switches; intents give the Interactive tasks one rank, above Batch.)
import { task, ms, semaphore, take, give } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const counts = [0, 0, 0, 0, 0];
const wake = [semaphore(0), semaphore(0), semaphore(0), semaphore(0), semaphore(0)];
function link(i: number): void {
  for (;;) {
    take(wake[i]);
    if (i < 4) give(wake[i + 1]);
    counts[i]++;
  }
}
task('t1', { class: 'interactive', latency: ms(1) }, () => link(1));
task('t2', { class: 'interactive', latency: ms(1) }, () => link(2));
task('t3', { class: 'interactive', latency: ms(1) }, () => link(3));
task('t4', { class: 'interactive', latency: ms(1) }, () => link(4));
task('t0', { class: 'batch' }, () => {
  begin();
  for (;;) {
    give(wake[1]);
    counts[0]++;
    if ((counts[0] & 63) === 0 && over()) finish('preemptive', counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);
  }
});
