// Synchronization: take and give an uncontended semaphore (one count = one of each).
import { task, semaphore, take, give } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const s = semaphore(1);
task('sync', { class: 'batch' }, () => {
  begin();
  let counter = 0;
  for (;;) {
    take(s, 0);
    give(s);
    counter++;
    if ((counter & 63) === 0 && over()) finish('sync', counter);
  }
});
