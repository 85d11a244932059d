// Interrupt preemption: a Batch task raises the software interrupt; its handler gives a semaphore an
// Interactive task waits on, which preempts the Batch task, counts and waits again (one count = one
// interrupt and two context switches).
import { task, ms, semaphore, take, raiseSoftwareInterrupt } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const irq = semaphore(0);
let handled = 0;
let raised = 0;
task('handler', { class: 'interactive', latency: ms(1) }, () => {
  for (;;) {
    take(irq);
    handled++;
  }
});
task('raiser', { class: 'batch' }, () => {
  begin();
  for (;;) {
    raiseSoftwareInterrupt(irq);
    raised++;
    if ((raised & 63) === 0 && over()) {
      if (handled < raised - 1) throw new Error(`only ${handled} of ${raised} interrupts handled`);
      finish('interrupt-preemption', raised);
    }
  }
});
