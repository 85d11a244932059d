// Memory allocation: allocate and free one 128-byte block of the board's "frames" pool (one count = one
// of each), first with the pool empty, then with 15 of its 16 blocks held: the cost must not change.
import { task, pool, allocBlock, freeBlock } from 'helix-sdk';
import { begin, over, report, restart, finish } from './report.ts';

const frames = pool('frames');
function churn(): number {
  let counter = 0;
  for (;;) {
    freeBlock(allocBlock(frames));
    counter++;
    if ((counter & 63) === 0 && over()) return counter;
  }
}
task('memory', { class: 'batch' }, () => {
  begin();
  report('memory-empty', churn());
  for (let i = 0; i < 15; i++) allocBlock(frames);
  restart();
  finish('memory-full', churn());
});
