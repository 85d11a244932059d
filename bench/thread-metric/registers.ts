// Register access: eight reads of a device register per loop (the MPS2 FPGA I/O
// LED register), then eight writes; one count = one access.
import { task, peripheral, type Peripheral, type Register } from 'helix-sdk';
import { begin, over, report, restart, finish } from './report.ts';

type Fpgaio = Peripheral<{ LED0: Register<0x00, 'rw'> }>;
const io = peripheral<Fpgaio>(0x4002_8000);

task('t0', { class: 'batch' }, () => {
  begin();
  let counter = 0;
  let sum = 0;
  for (;;) {
    sum += io.LED0.read(); sum += io.LED0.read(); sum += io.LED0.read(); sum += io.LED0.read();
    sum += io.LED0.read(); sum += io.LED0.read(); sum += io.LED0.read(); sum += io.LED0.read();
    counter += 8;
    if ((counter & 511) === 0 && over()) break;
  }
  report('register-read', counter);
  restart();
  counter = 0;
  for (;;) {
    io.LED0.write(1); io.LED0.write(2); io.LED0.write(3); io.LED0.write(0);
    io.LED0.write(1); io.LED0.write(2); io.LED0.write(3); io.LED0.write(sum & 0);
    counter += 8;
    if ((counter & 511) === 0 && over()) break;
  }
  finish('register-write', counter);
});
