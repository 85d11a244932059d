// Interrupt latency: a Batch task notes the time and asserts a device interrupt
// line (by setting it pending in the NVIC, as a device would); the line's
// handler task notes when it starts. One count = one interrupt; the report's
// "elapsed" is the sum of the latencies, so instructions per count = latency.
import { task, semaphore, take, give, onInterrupt, exit, ms, peripheral, type Peripheral, type Register } from 'helix-sdk';

type Fpgaio = Peripheral<{ COUNTER: Register<0x18, 'ro'> }>;
type Nvic = Peripheral<{ ISPR0: Register<0x200, 'rw'> }>;
const io = peripheral<Fpgaio>(0x4002_8000);
const nvic = peripheral<Nvic>(0xe000_e000);
const LINE = 30; // not connected on MPS2 AN386
const COUNT = 256;
const TICKS_PER_MS = 25000; // the FPGA counter runs at 25 MHz

let raisedAt = 0;
let totalTicks = 0;
const handled = semaphore(0);

onInterrupt({ name: 'line30', line: LINE }, { minInterval: ms(1), budget: ms(1) }, () => {
  totalTicks += io.COUNTER.read() - raisedAt;
  give(handled);
});

task('raiser', { class: 'batch' }, () => {
  for (let i = 0; i < COUNT; i++) {
    raisedAt = io.COUNTER.read();
    nvic.ISPR0.write(1 << LINE);
    take(handled);
  }
  console.log('interrupt-latency', COUNT, 'ms', totalTicks / TICKS_PER_MS);
  exit(0);
});
