// Interrupt processing: raise the software interrupt, whose handler gives a semaphore, then take it
// (one count = one interrupt and one take; no context switch).
import { task, semaphore, take, raiseSoftwareInterrupt } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const irq = semaphore(0);
task('t0', { class: 'batch' }, () => {
  begin();
  let counter = 0;
  for (;;) {
    raiseSoftwareInterrupt(irq);
    take(irq);
    counter++;
    if ((counter & 63) === 0 && over()) finish('interrupt', counter);
  }
});
