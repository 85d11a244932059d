// A simulated STM32 in its USART bootloader (AN3155), for testing the flasher
// without hardware: NOR flash (erased to 0xFF, writes AND), sectors, read-out
// protection and fault injection. Runs until stop(). The line (in process or
// on a pty, paced at 11 bits per byte for 8E1) is simulated-device.js's.

import { stm32Crc } from '../../sdk/flash/stm32-crc.js';
import { SimulatedDevice } from './simulated-device.js';

const ACK = 0x79;
const NACK = 0x1f;
const xor = (bytes) => bytes.reduce((x, b) => x ^ b, 0);

export class Stm32Device extends SimulatedDevice {
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
    super({ baud, bitsPerByte: 11 });
    Object.assign(this, { pid, flashBase, sectorSizes, extendedErase, checksum, faults });
    this.flash = Buffer.alloc(sectorSizes.reduce((a, b) => a + b, 0), 0xff);
    this.log = [];
    this.writes = 0;
    this.replies = 0;
    this.start();
  }

  send(bytes) {
    const out = [];
    for (const b of bytes) {
      this.replies++;
      if (this.faults.dropAck === this.replies) continue;
      out.push(this.faults.corruptReply === this.replies ? b ^ 0x5a : b);
    }
    this.transmit(out);
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
}
