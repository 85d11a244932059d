// Basic processing: a memory-bound loop over 1024 words per count (no kernel calls).
import { task } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const a = new Uint32Array(1024);
task('basic', { class: 'batch' }, () => {
  begin();
  let counter = 0;
  for (;;) {
    for (let i = 0; i < 1024; i++) a[i] = (a[i] + counter) ^ a[i];
    counter++;
    if (over()) finish('basic', counter);
  }
});
