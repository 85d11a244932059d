// The host side of ST's USART bootloader protocol (AN3155), over any byte
// transport: { write(Buffer): Promise, read(n, timeoutMs): Promise<Buffer>,
// flushInput(): void }. Each method is one command; errors are FlashError with a
// kind the CLI maps to its message and exit code (sdk/flash/errors.js).

import { FlashError } from './errors.js';

export const ACK = 0x79;
export const NACK = 0x1f;
const BUSY = 0x76;
const SYNC = 0x7f;

export const CMD = {
  GET: 0x00, GET_VERSION: 0x01, GET_ID: 0x02, READ: 0x11, GO: 0x21, WRITE: 0x31, ERASE: 0x43, EXTENDED_ERASE: 0x44, GET_CHECKSUM: 0xa1,
};

/** XOR of all bytes: appended to a block, it makes the whole XOR to 0. */
export function xor(bytes) {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

function address(a) {
  const b = Buffer.from([(a >>> 24) & 0xff, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff]);
  return Buffer.concat([b, Buffer.from([xor(b)])]);
}

export class Stm32Bootloader {
  /**
   * @param {object} transport see the file comment
   * @param {object} [timeouts] milliseconds: ack (default 1000), erase (per sector, 5000), sync (500)
   */
  constructor(transport, timeouts = {}) {
    this.io = transport;
    this.timeouts = { ack: 1000, erase: 5000, sync: 500, recover: 10, ...timeouts };
    this.commands = [];
    this.version = 0;
  }

  async readByte(timeout, what) {
    const b = await this.io.read(1, timeout);
    if (b.length < 1) throw new FlashError('timeout', `no answer from the device ${what}`);
    return b[0];
  }

  /** Wait for ACK (skipping BUSY); NACK and anything else are errors naming `what`. */
  async ack(what, timeout = this.timeouts.ack) {
    for (;;) {
      const b = await this.readByte(timeout, what);
      if (b === ACK) return;
      if (b === BUSY) continue;
      if (b === NACK) throw new FlashError('nack', `the device refused ${what} (NACK)`);
      throw new FlashError('garbage', `unexpected byte 0x${b.toString(16).padStart(2, '0')} ${what}`);
    }
  }

  async command(code, what) {
    await this.io.write(Buffer.from([code, code ^ 0xff]));
    await this.ack(what);
  }

  /**
   * Synchronise: 0x7F, answered by ACK. A device already synchronised reads 0x7F as half a command; a second
   * 0x7F makes it NACK, which also means "ready".
   * @returns {Promise<'synced'|'already'>}
   */
  async sync() {
    this.io.flushInput();
    await this.io.write(Buffer.from([SYNC]));
    let b = (await this.io.read(1, this.timeouts.sync))[0];
    if (b === undefined) {
      await this.io.write(Buffer.from([SYNC]));
      b = (await this.io.read(1, this.timeouts.sync))[0];
      if (b === NACK) return 'already';
    }
    if (b === ACK) return 'synced';
    if (b === NACK) return 'already';
    if (b === undefined) throw new FlashError('silent', 'no answer to the bootloader\'s sync byte (0x7F)');
    throw new FlashError('garbage', `unexpected byte 0x${b.toString(16).padStart(2, '0')} in answer to the sync byte`);
  }

  /**
   * Bring a device that may be part way through a command back to waiting for one, after an error. 0xFF bytes,
   * one at a time, complete whatever it was reading without harm: any address, length or erase list they
   * complete fails its check (NACK), and a write block of 0xFF bytes changes no flash bit. The first NACK or ACK
   * with nothing after it means the device waits for a command; no answer at all means it reset, so sync again.
   */
  async recover() {
    this.io.flushInput();
    for (let i = 0; i < 300; i++) {
      await this.io.write(Buffer.from([0xff]));
      const [b] = await this.io.read(1, this.timeouts.recover);
      if ((b === ACK || b === NACK) && (await this.io.read(1, 4 * this.timeouts.recover)).length === 0) return 'ready';
    }
    return this.sync();
  }

  /** A command whose answer is a count N, then N + 1 bytes, then ACK (Get, Get ID). */
  async countedAnswer(code, name) {
    await this.command(code, `to ${name}`);
    const n = await this.readByte(this.timeouts.ack, `in ${name}`);
    const body = await this.io.read(n + 1, this.timeouts.ack);
    if (body.length < n + 1) throw new FlashError('timeout', `the answer to ${name} was cut short`);
    await this.ack(`after ${name}`);
    return body;
  }

  /** Get: the bootloader version and the commands it supports. */
  async get() {
    const body = await this.countedAnswer(CMD.GET, 'Get');
    this.version = body[0];
    this.commands = [...body.subarray(1)];
    return { version: this.version, commands: this.commands };
  }

  /** Get Version: the bootloader version and the two option bytes (read-protection status on older parts). */
  async getVersion() {
    await this.command(CMD.GET_VERSION, 'to Get Version');
    const answer = await this.io.read(3, this.timeouts.ack);
    if (answer.length < 3) throw new FlashError('timeout', 'the answer to Get Version was cut short');
    await this.ack('after Get Version');
    return { version: answer[0], options: [answer[1], answer[2]] };
  }

  /** Get ID: the product ID (e.g. 0x413 for the STM32F405/407). */
  async getId() {
    const id = await this.countedAnswer(CMD.GET_ID, 'Get ID');
    return (id[0] << 8) | id[1];
  }

  /** Read up to 256 bytes. */
  async read(at, length) {
    await this.command(CMD.READ, 'to Read Memory (read-out protection?)');
    await this.io.write(address(at));
    await this.ack(`the read address 0x${at.toString(16)}`);
    await this.io.write(Buffer.from([length - 1, (length - 1) ^ 0xff]));
    await this.ack('the read length');
    const data = await this.io.read(length, this.timeouts.ack);
    if (data.length < length) throw new FlashError('timeout', `a read at 0x${at.toString(16)} was cut short`);
    return data;
  }

  /** Write up to 256 bytes (padded with 0xFF to a multiple of 4). */
  async write(at, data) {
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4, 0xff);
    data.copy(padded);
    await this.command(CMD.WRITE, 'to Write Memory (read-out protection?)');
    await this.io.write(address(at));
    await this.ack(`the write address 0x${at.toString(16)}`);
    const block = Buffer.concat([Buffer.from([padded.length - 1]), padded]);
    await this.io.write(Buffer.concat([block, Buffer.from([xor(block)])]));
    await this.ack(`the block at 0x${at.toString(16)}`);
  }

  /** Erase pages or sectors, by number: Extended Erase when the device lists it, else the legacy Erase. */
  async erase(pages) {
    if (this.commands.includes(CMD.EXTENDED_ERASE)) {
      await this.command(CMD.EXTENDED_ERASE, 'to Extended Erase');
      const body = [(pages.length - 1) >> 8, (pages.length - 1) & 0xff, ...pages.flatMap((p) => [p >> 8, p & 0xff])];
      await this.io.write(Buffer.from([...body, xor(body)]));
    } else {
      await this.command(CMD.ERASE, 'to Erase');
      const body = [pages.length - 1, ...pages];
      await this.io.write(Buffer.from([...body, xor(body)]));
    }
    await this.ack(`erasing ${pages.length} page(s)`, this.timeouts.erase * pages.length);
  }

  /** Get Checksum (0xA1, newer bootloaders only): the device's CRC (stm32-crc.js) of `length` bytes (a multiple of 4). */
  async checksum(at, length) {
    await this.command(CMD.GET_CHECKSUM, 'to Get Checksum');
    await this.io.write(address(at));
    await this.ack(`the checksum address 0x${at.toString(16)}`);
    await this.io.write(address(length));
    await this.ack('the checksum length');
    await this.ack('computing the checksum', this.timeouts.erase);
    const answer = await this.io.read(5, this.timeouts.ack);
    if (answer.length < 5) throw new FlashError('timeout', 'the checksum answer was cut short');
    if (xor(answer) !== 0) throw new FlashError('garbage', 'the checksum answer failed its own check byte');
    return answer.readUInt32BE(0);
  }

  /** Jump to the application whose vector table is at `at`. */
  async go(at) {
    await this.command(CMD.GO, 'to Go');
    await this.io.write(address(at));
    await this.ack(`the Go address 0x${at.toString(16)}`);
  }
}
