// Three tasks sharing the CPU by intent. Run it with:
//   npx helix-sdk run examples/tasks --board qemu-mps2-an386 --stats
import { task, sleep, yieldNow, ms, now, exit } from 'helix-sdk';

let ticks = 0;

task('sampler', { class: 'batch' }, () => {
  for (let i = 0; i < 5; i++) {
    ticks++;
    console.log(`sampler ${i} at ${Math.round(now() / 1000)} ms`);
    sleep(ms(20));
  }
});

task('crunch', { class: 'background' }, () => {
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    for (let k = 0; k < 1000; k++) sum = (sum + k * i) | 0;
    console.log(`crunch step ${i}: ${sum}`);
    yieldNow();
  }
});

task('janitor', { class: 'background' }, () => {
  sleep(ms(150));
  console.log(`janitor: sampler ran ${ticks} times`);
  exit(0);
});

console.log('tasks declared');
