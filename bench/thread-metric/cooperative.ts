// Cooperative scheduling: five tasks of one class, each yielding and counting (one count = one yield).
import { task, yieldNow } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const counts = [0, 0, 0, 0, 0];
function worker(i: number): void {
  begin();
  for (;;) {
    yieldNow();
    counts[i]++;
    if (i === 0 && (counts[0] & 63) === 0 && over()) finish('cooperative', counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);
  }
}
task('t0', { class: 'batch' }, () => worker(0));
task('t1', { class: 'batch' }, () => worker(1));
task('t2', { class: 'batch' }, () => worker(2));
task('t3', { class: 'batch' }, () => worker(3));
task('t4', { class: 'batch' }, () => worker(4));
