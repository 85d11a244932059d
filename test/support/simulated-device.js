// What every device simulator shares: the line. In process it talks over a
// byte link (`transport` is the host's end); attach(port) puts it on a serial
// port instead (the device end of a pty pair). With `bitsPerByte` and `baud`
// it takes as long as a real line would, since a pty is instant. Subclasses
// implement loop() with take(n) and send(bytes).

import { performance } from 'node:perf_hooks';

import { byteLink } from '../../sdk/flash/byte-queue.js';

export class SimulatedDevice {
  constructor({ baud = 0, bitsPerByte = 10 } = {}) {
    this.byteMs = baud ? (bitsPerByte * 1000) / baud : 0;
    this.wire = 0; // when the (half-duplex) line is next free, in performance.now() ms
    this.outgoing = Promise.resolve();
    const link = byteLink();
    this.transport = link.host;
    this.in = link.toDevice;
    this.out = link.toHost;
    this.emit = (bytes) => this.out.push(bytes);
    this.running = true;
  }

  /** Start serving; subclasses call this at the end of their constructor. */
  start() {
    this.done = this.loop();
  }

  /** Serve a serial port (the device end of a pty pair) instead of the in-process link. */
  attach(port) {
    port.on('data', (buf) => this.in.push(buf));
    this.emit = (bytes) => port.write(Buffer.from(bytes));
  }

  /** Put bytes on the line (after the ones before them, when paced). */
  transmit(bytes) {
    if (!this.byteMs) return this.emit(bytes);
    this.outgoing = this.outgoing.then(async () => {
      this.wire = Math.max(this.wire, performance.now()) + bytes.length * this.byteMs;
      await sleepUntil(this.wire);
      this.emit(bytes);
    });
  }

  async take(n) {
    const b = await this.in.read(n);
    if (this.byteMs) {
      this.wire = Math.max(this.wire, performance.now()) + n * this.byteMs;
      await sleepUntil(this.wire);
    }
    return [...b];
  }

  stop() {
    this.running = false;
    this.in.push(Array(300).fill(0)); // unblock a pending read
  }
}

/** Sleep until a performance.now() time, to well under a millisecond (timers alone are ~1 ms coarse). */
async function sleepUntil(t) {
  for (let left = t - performance.now(); left > 0; left = t - performance.now()) {
    await new Promise((r) => (left > 2 ? setTimeout(r, left - 2) : setImmediate(r)));
  }
}
