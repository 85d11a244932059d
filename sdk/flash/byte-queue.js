// A queue of received bytes with "read n bytes or give up after t ms": the
// shape a request/answer protocol wants on top of a serial port's 'data'
// events (sdk/flash/serial-line.js), and of the in-process test links.

export class ByteQueue {
  constructor() {
    this.bytes = [];
    this.waiter = null;
  }

  push(buf) {
    for (const b of buf) this.bytes.push(b);
    this.wake();
  }

  wake() {
    if (this.waiter && this.bytes.length >= this.waiter.n) {
      const w = this.waiter;
      this.waiter = null;
      clearTimeout(w.timer);
      w.resolve(Buffer.from(this.bytes.splice(0, w.n)));
    }
  }

  /** Up to n bytes: all n, or what arrived before the timeout (ms; Infinity waits forever). */
  read(n, timeout = Infinity) {
    return new Promise((resolve) => {
      const timer = timeout === Infinity ? null : setTimeout(() => {
        this.waiter = null;
        resolve(Buffer.from(this.bytes.splice(0, n)));
      }, timeout);
      this.waiter = { n, resolve, timer };
      this.wake();
    });
  }

  clear() {
    this.bytes.length = 0;
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
