// A simulated Kendryte K210 in its boot ROM's UART ISP, for testing the flasher
// without hardware: SRAM at 0x8000_0000, and, once a booted program is the
// stub the test named, the stub's SPI flash commands. Faults: silent (never
// answers), badChecksum (a Set of write numbers whose packets arrive damaged,
// answered "bad checksum" as the ROM does).

import zlib from 'node:zlib';

import { slipEncode } from '../../sdk/flash/slip.js';
import { SimulatedDevice } from './simulated-device.js';

const SRAM = 0x8000_0000;
const OK = 0xe0;
const BAD_CHECKSUM = 0xe2;

export class K210Device extends SimulatedDevice {
  /** @param {{ stub?: Buffer, faults?: object, baud?: number }} [opts] */
  constructor({ stub = null, faults = {}, baud = 0 } = {}) {
    super({ baud, bitsPerByte: 10 });
    Object.assign(this, { stub, faults });
    this.sram = Buffer.alloc(6 * 1024 * 1024);
    this.flash = Buffer.alloc(16 * 1024 * 1024, 0xff);
    this.stage = 'rom';
    this.writes = 0;
    this.log = [];
    this.start();
  }

  /** The next SLIP frame from the line, unescaped. */
  async frame() {
    const bytes = [];
    let escaped = false;
    for (;;) {
      const [b] = await this.take(1);
      if (!this.running) return null;
      if (b === 0xc0) {
        if (bytes.length) return Buffer.from(bytes);
      } else if (escaped) {
        bytes.push(b === 0xdc ? 0xc0 : 0xdb);
        escaped = false;
      } else if (b === 0xdb) {
        escaped = true;
      } else {
        bytes.push(b);
      }
    }
  }

  reply(op, reason) {
    if (!this.faults.silent) this.transmit([...slipEncode([op, reason])]);
  }

  async loop() {
    while (this.running) {
      const f = await this.frame();
      if (!f || f.length < 16) continue;
      const op = f.readUInt16LE(0);
      const address = f.readUInt32LE(8);
      const body = Buffer.from(f.subarray(8));
      if (op === 0xc3 || op === 0xd4) {
        this.writes++;
        if (this.faults.badChecksum?.delete(this.writes)) body[body.length - 1] ^= 0x40; // damaged on the line
      }
      if (zlib.crc32(body) !== f.readUInt32LE(4)) {
        this.reply(op, BAD_CHECKSUM);
        continue;
      }
      const data = body.subarray(8, 8 + body.readUInt32LE(4));
      this.handle(op, address, data);
    }
  }

  handle(op, address, data) {
    const rom = this.stage === 'rom';
    if (rom && op === 0xc2) return this.reply(op, OK);
    if (rom && op === 0xc3) {
      data.copy(this.sram, address - SRAM);
      this.log.push(`sram 0x${address.toString(16)} ${data.length}`);
      return this.reply(op, OK);
    }
    if (rom && op === 0xc5) {
      this.log.push(`boot 0x${address.toString(16)}`);
      const isStub = this.stub && this.sram.subarray(address - SRAM, address - SRAM + this.stub.length).equals(this.stub);
      this.stage = isStub ? 'stub' : 'running';
      return undefined;
    }
    if (this.stage === 'stub') {
      if (op === 0xd2) return this.reply(op, OK);
      if (op === 0xd7) {
        this.log.push(`flash init ${address}`);
        return this.reply(op, OK);
      }
      if (op === 0xd4) {
        data.copy(this.flash, address);
        this.log.push(`flash 0x${address.toString(16)} ${data.length}`);
        return this.reply(op, OK);
      }
      if (op === 0xd5) {
        this.log.push('reboot');
        this.stage = 'running';
        return undefined;
      }
    }
    return this.stage === 'running' ? undefined : this.reply(op, 0xe3);
  }

  /** SRAM from 0x8000_0000. */
  contents(n) {
    return this.sram.subarray(0, n);
  }
}
