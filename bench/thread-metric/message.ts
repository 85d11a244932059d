// Message processing: send a 4-number message to a channel and receive it back (one count = one of each).
import { task, channel, send, receive } from 'helix-sdk';
import { begin, over, finish } from './report.ts';

const queue = channel(4, 4);
task('messages', { class: 'batch' }, () => {
  begin();
  const sent = [1, 2, 3, 0];
  const got = [0, 0, 0, 0];
  let counter = 0;
  for (;;) {
    send(queue, sent, 0);
    receive(queue, got, 0);
    if (got[3] !== sent[3]) throw new Error('message corrupted');
    sent[3]++;
    counter++;
    if ((counter & 63) === 0 && over()) finish('message', counter);
  }
});
