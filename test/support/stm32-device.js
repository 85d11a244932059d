// A simulated STM32 in its USART bootloader (AN3155), for testing the flasher
// without hardware: NOR flash (erased to 0xFF, writes AND), sectors, read-out
// protection and fault injection. Runs until stop(). In process it talks over
// a byte link (`transport` is the host's end); attach(port) puts it on a
// serial port instead (one end of a pty pair), and `baud` makes it take as
// long as a real line would (11 bits per byte, 8E1), since a pty is instant.

import { performance } from 'node:perf_hooks';

import { byteLink } from '../../sdk/flash/byte-queue.js';
import { stm32Crc } from '../../sdk/flash/stm32-crc.js';

const ACK = 0x79;
const NACK = 0x1f;
const xor = (bytes) => bytes.reduce((x, b) => x ^ b, 0);

export class Stm32Device {
  /**
   * @param {object} opts
   * @param {number} opts.pid product ID
   * @param {number} opts.flashBase
   * @param {number[]} opts.sectorSizes
   * @param {boolean} [opts.extendedErase] list 0x44 (else 0x43)
   * @param {object} [opts.faults] nackWrites: Set of write numbers (1-based) to NACK once; corruptAt: an address
   *   whose byte is programmed wrong; readProtected; silent (never answers); alreadySynced; dropAck: reply number to drop;
   *   corruptReply: reply number to flip bits in; garbage (answers noise, as at the wrong baud); busyErase (BUSY
   *   before the erase ACK); stallErase: ms before the erase ACK
   * @param {boolean} [opts.checksum] list Get Checksum (0xA1)
   * @param {number} [opts.baud] pace the line at this rate
   */
  constructor({ pid, flashBase, sectorSizes, extendedErase = true, checksum = false, faults = {}, baud = 0 }) {
    Object.assign(this, { pid, flashBase, sectorSizes, extendedErase, checksum, faults });
    this.byteMs = baud ? 11_000 / baud : 0;
    this.wire = 0; // when the (half-duplex) line is next free, in performance.now() ms
    this.outgoing = Promise.resolve();
    this.emit = (bytes) => this.out.push(bytes);
    this.flash = Buffer.alloc(sectorSizes.reduce((a, b) => a + b, 0), 0xff);
    this.log = [];
    this.writes = 0;
    this.replies = 0;
    const link = byteLink();
    this.transport = link.host;
    this.in = link.toDevice;
    this.out = link.toHost;
    this.running = true;
    this.done = this.loop();
  }

  /** Serve a serial port (the device end of a pty pair) instead of the in-process link. */
  attach(port) {
    port.on('data', (buf) => this.in.push(buf));
    this.emit = (bytes) => port.write(Buffer.from(bytes));
  }

  send(bytes) {
    const out = [];
    for (const b of bytes) {
      this.replies++;
      if (this.faults.dropAck === this.replies) continue;
      out.push(this.faults.corruptReply === this.replies ? b ^ 0x5a : b);
    }
    if (!this.byteMs) return this.emit(out);
    this.outgoing = this.outgoing.then(async () => {
      this.wire = Math.max(this.wire, performance.now()) + out.length * this.byteMs;
      await sleepUntil(this.wire);
      this.emit(out);
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

  async loop() {
    let synced = !!this.faults.alreadySynced;
    while (this.running) {
      if (!synced) {
        const [b] = await this.take(1);
        if (!this.running) return;
        if (this.faults.garbage) this.send([0xe6, 0x3c, 0x00, 0xfe]);
        else if (b === 0x7f && !this.faults.silent) {
          this.send([ACK]);
          synced = true;
        }
        continue;
      }
      const [c, check] = await this.take(2);
      if (!this.running) return;
      if ((c ^ check) !== 0xff) {
        this.send([NACK]);
        continue;
      }
      const reset = await this.command(c);
      if (reset) synced = false;
    }
  }

  commands() {
    return [0x00, 0x01, 0x02, 0x11, 0x21, 0x31, this.extendedErase ? 0x44 : 0x43, ...(this.checksum ? [0xa1] : [])];
  }

  async address() {
    const a = await this.take(5);
    if (xor(a) !== 0) return null;
    return ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
  }

  /** One command after its code; true if the device "resets" (back to waiting for 0x7F). */
  async command(c) {
    const rdp = !!this.faults.readProtected;
    if (!this.commands().includes(c) || (rdp && ![0x00, 0x01, 0x02].includes(c))) {
      this.send([NACK]);
      return false;
    }
    this.send([ACK]);
    switch (c) {
      case 0x00: this.send([this.commands().length, 0x31, ...this.commands(), ACK]); return false;
      case 0x01: this.send([0x31, 0, 0, ACK]); return false;
      case 0x02: this.send([1, this.pid >> 8, this.pid & 0xff, ACK]); return false;
      case 0x11: {
        const at = await this.address();
        if (at === null || at < this.flashBase || at >= this.flashBase + this.flash.length) { this.send([NACK]); return false; }
        this.send([ACK]);
        const [n, check] = await this.take(2);
        if ((n ^ check) !== 0xff) { this.send([NACK]); return false; }
        this.send([ACK, ...this.flash.subarray(at - this.flashBase, at - this.flashBase + n + 1)]);
        this.log.push(`read 0x${at.toString(16)} ${n + 1}`);
        return false;
      }
      case 0x31: {
        const at = await this.address();
        if (at === null || at % 4 || at < this.flashBase || at >= this.flashBase + this.flash.length) { this.send([NACK]); return false; }
        this.send([ACK]);
        const [n] = await this.take(1);
        const data = await this.take(n + 1);
        const [check] = await this.take(1);
        this.writes++;
        if (xor([n, ...data]) !== check || this.faults.nackWrites?.delete(this.writes)) { this.send([NACK]); return false; }
        data.forEach((b, k) => {
          const addr = at + k;
          const value = addr === this.faults.corruptAt ? b ^ 0x10 : b;
          this.flash[addr - this.flashBase] &= value; // NOR flash: programming only clears bits
        });
        this.log.push(`write 0x${at.toString(16)} ${n + 1}`);
        this.send([ACK]);
        return false;
      }
      case 0x43:
      case 0x44: {
        const wide = c === 0x44;
        const head = await this.take(wide ? 2 : 1);
        if (wide ? head[0] === 0xff && head[1] >= 0xf0 : head[0] === 0xff) {
          // a mass erase code (0xFFFF, 0xFFFE, 0xFFFD, or 0xFF for the legacy command): its check byte is the XOR
          const [check] = await this.take(1);
          if (check !== xor(head)) { this.send([NACK]); return false; }
          this.flash.fill(0xff);
          this.log.push('erase all');
          this.send([ACK]);
          return false;
        }
        const count = (wide ? (head[0] << 8) | head[1] : head[0]) + 1;
        const pages = [];
        const raw = await this.take(count * (wide ? 2 : 1));
        for (let i = 0; i < count; i++) pages.push(wide ? (raw[2 * i] << 8) | raw[2 * i + 1] : raw[i]);
        const [check] = await this.take(1);
        if (xor([...head, ...raw]) !== check) { this.send([NACK]); return false; }
        for (const p of pages) {
          const start = this.sectorSizes.slice(0, p).reduce((a, b) => a + b, 0);
          this.flash.fill(0xff, start, start + this.sectorSizes[p]);
        }
        this.log.push(`erase ${pages.join(',')}`);
        if (this.faults.stallErase) await new Promise((r) => setTimeout(r, this.faults.stallErase));
        this.send(this.faults.busyErase ? [0x76, 0x76, ACK] : [ACK]);
        return false;
      }
      case 0xa1: {
        const at = await this.address();
        if (at === null || at % 4 || at < this.flashBase) { this.send([NACK]); return false; }
        this.send([ACK]);
        const length = await this.address();
        if (length === null || length % 4 || at + length > this.flashBase + this.flash.length) { this.send([NACK]); return false; }
        const crc = stm32Crc(this.flash.subarray(at - this.flashBase, at - this.flashBase + length));
        const word = [crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
        this.log.push(`checksum 0x${at.toString(16)} ${length}`);
        this.send([ACK, ACK, ...word, xor(word)]);
        return false;
      }
      case 0x21: {
        const at = await this.address();
        if (at === null) { this.send([NACK]); return false; }
        this.log.push(`go 0x${at.toString(16)}`);
        this.send([ACK]);
        return true;
      }
      default:
        return false;
    }
  }

  /** The flash's first `n` bytes. */
  contents(n) {
    return this.flash.subarray(0, n);
  }

  stop() {
    this.running = false;
    this.in.push([0, 0, 0, 0, 0, 0, 0, 0]); // unblock a pending read
  }
}

/** Sleep until a performance.now() time, to well under a millisecond (timers alone are ~1 ms coarse). */
async function sleepUntil(t) {
  for (let left = t - performance.now(); left > 0; left = t - performance.now()) {
    await new Promise((r) => (left > 2 ? setTimeout(r, left - 2) : setImmediate(r)));
  }
}
