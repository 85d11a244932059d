// A queue of received bytes with "read n bytes or give up after t ms": the
// shape a request/answer protocol wants on top of a serial port's 'data'
// events (sdk/flash/serial-line.js), and of the in-process test links.

export class ByteQueue {
  constructor() {
    this.chunks = []; // Buffers as they arrived; the first one is read from `offset`
    this.offset = 0;
    this.length = 0;
    this.waiter = null;
  }

  push(buf) {
    if (!buf.length) return;
    this.chunks.push(Buffer.from(buf));
    this.length += buf.length;
    this.wake();
  }

  /** Take up to n bytes from the front. */
  take(n) {
    const out = Buffer.allocUnsafe(Math.min(n, this.length));
    let filled = 0;
    while (filled < out.length) {
      const head = this.chunks[0];
      const copied = head.copy(out, filled, this.offset, Math.min(head.length, this.offset + out.length - filled));
      filled += copied;
      this.offset += copied;
      if (this.offset === head.length) {
        this.chunks.shift();
        this.offset = 0;
      }
    }
    this.length -= out.length;
    return out;
  }

  wake() {
    if (this.waiter && this.length >= this.waiter.n) {
      const w = this.waiter;
      this.waiter = null;
      clearTimeout(w.timer);
      w.resolve(this.take(w.n));
    }
  }

  /** Up to n bytes: all n, or what arrived before the timeout (ms; Infinity waits forever). */
  read(n, timeout = Infinity) {
    return new Promise((resolve) => {
      const timer = timeout === Infinity ? null : setTimeout(() => {
        this.waiter = null;
        resolve(this.take(n));
      }, timeout);
      this.waiter = { n, resolve, timer };
      this.wake();
    });
  }

  clear() {
    this.chunks = [];
    this.offset = 0;
    this.length = 0;
  }
}

/** Two queues back to back: a host transport and the device's ends, for in-process tests. */
export function byteLink() {
  const toDevice = new ByteQueue();
  const toHost = new ByteQueue();
  const host = {
    write: async (buf) => toDevice.push(buf),
    read: (n, timeout) => toHost.read(n, timeout),
    flushInput: () => toHost.clear(),
  };
  return { host, toDevice, toHost };
}
