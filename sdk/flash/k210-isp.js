// The host side of the Kendryte K210's UART ISP (its boot ROM, entered with IO16
// low at reset), over the byte transport the flashers share. Without a stub the
// image is written to SRAM and started there (it runs until the next reset).
// With a user-supplied flash stub (the SDK ships none: it belongs to another
// project), the stub is loaded and started the same way and then writes the
// image to SPI flash, from where the boot ROM loads it at every reset.
//
// Packet (before SLIP): op u16, 0 u16, CRC-32 of what follows, address u32,
// length u32, data; all little-endian. Answer: op, reason (E0 = OK).

import crypto from 'node:crypto';
import zlib from 'node:zlib';

import { FlashError } from './errors.js';
import { readSlipFrame, slipEncode } from './slip.js';

export const OP = {
  NOP: 0xc2, MEMORY_WRITE: 0xc3, MEMORY_BOOT: 0xc5, STUB_NOP: 0xd2, FLASH_WRITE: 0xd4, REBOOT: 0xd5, FLASH_INIT: 0xd7,
};
const OK = 0xe0;
const REASONS = { 0xe1: 'bad data length', 0xe2: 'bad checksum', 0xe3: 'unknown command', 0xe4: 'flash initialisation failed' };
const SRAM_CHUNK = 1024;
const FLASH_CHUNK = 64 * 1024;

export function ispPacket(op, address, data = Buffer.alloc(0)) {
  const body = Buffer.alloc(8 + data.length);
  body.writeUInt32LE(address >>> 0, 0);
  body.writeUInt32LE(data.length, 4);
  Buffer.from(data).copy(body, 8);
  const head = Buffer.alloc(8);
  head.writeUInt16LE(op, 0);
  head.writeUInt32LE(zlib.crc32(body), 4);
  return Buffer.concat([head, body]);
}

/** The flash image the boot ROM loads: [encrypted = 0][length u32][firmware][SHA-256 of all before it]. */
export function k210FlashImage(firmware) {
  const head = Buffer.alloc(5);
  head.writeUInt32LE(firmware.length, 1);
  const body = Buffer.concat([head, firmware]);
  return Buffer.concat([body, crypto.createHash('sha256').update(body).digest()]);
}

class K210Isp {
  constructor(transport, timeouts = {}) {
    this.io = transport;
    this.timeouts = { greet: 500, answer: 3000, ...timeouts };
  }

  async request(op, address, data, what, retries) {
    for (let i = 1; ; i++) {
      try {
        await this.io.write(slipEncode(ispPacket(op, address, data)));
        const answer = await readSlipFrame(this.io, this.timeouts.answer, `to ${what}`);
        if (answer[0] !== op) {
          throw new FlashError('garbage', `the answer to ${what} is for command 0x${answer[0]?.toString(16)}`);
        }
        if (answer[1] === OK) return;
        throw new FlashError('nack', `the device refused ${what}: ${REASONS[answer[1]] ?? `reason 0x${answer[1]?.toString(16)}`}`);
      } catch (e) {
        if (!(e instanceof FlashError) || i >= retries || !['nack', 'timeout', 'garbage', 'silent'].includes(e.kind)) throw e;
        this.io.flushInput();
      }
    }
  }

  /** Greet until the ROM (or the stub, with STUB_NOP) answers. */
  async greet(op, attempts) {
    for (let i = 0; i < attempts; i++) {
      this.io.flushInput();
      await this.io.write(slipEncode(ispPacket(op, 0)));
      try {
        const answer = await readSlipFrame(this.io, this.timeouts.greet, 'to the greeting');
        if (answer[0] === op && answer[1] === OK) return;
      } catch (e) {
        if (!(e instanceof FlashError)) throw e;
      }
    }
    throw new FlashError('silent', op === OP.NOP ? 'no answer from the K210 boot ROM\'s ISP' : 'the flash stub did not answer after it was started',
      op === OP.NOP ? undefined : 'check that the --isp-stub file is a K210 flash stub');
  }

  async writeMemory(at, data, onProgress, phase) {
    for (let off = 0; off < data.length; off += SRAM_CHUNK) {
      await this.request(OP.MEMORY_WRITE, at + off, data.subarray(off, off + SRAM_CHUNK), `the SRAM write at 0x${(at + off).toString(16)}`, 5);
      onProgress(phase, Math.min(off + SRAM_CHUNK, data.length), data.length);
    }
  }

  /** Start the code at `at`; the ROM does not answer. */
  async boot(at) {
    await this.io.write(slipEncode(ispPacket(OP.MEMORY_BOOT, at)));
  }
}

/**
 * @param {object} opts
 * @param {object} opts.transport
 * @param {Buffer} opts.image the BIN, linked to run from SRAM at opts.base
 * @param {number} opts.base 0x8000_0000
 * @param {Buffer} [opts.stub] a flash stub: write the image to SPI flash through it instead of running it from SRAM
 * @param {boolean} [opts.run] start the image (SRAM: boot it; flash: reboot)
 */
export async function flashK210({ transport, image, base, stub, run = true, onProgress = () => {}, timeouts }) {
  const isp = new K210Isp(transport, timeouts);
  onProgress('connect');
  await isp.greet(OP.NOP, 15);
  if (!stub) {
    onProgress('write', 0, image.length);
    await isp.writeMemory(base, image, onProgress, 'write');
    if (run) {
      onProgress('run');
      await isp.boot(base);
    }
    return { bytes: image.length, started: run, verified: 'packets', target: 'sram' };
  }
  onProgress('stub', 0, stub.length);
  await isp.writeMemory(base, stub, onProgress, 'stub');
  await isp.boot(base);
  await new Promise((r) => setTimeout(r, 100));
  await isp.greet(OP.STUB_NOP, 10);
  onProgress('identify');
  await isp.request(OP.FLASH_INIT, 1, Buffer.alloc(0), 'flash initialisation (on-board SPI flash)', 3);
  const flashImage = k210FlashImage(image);
  onProgress('write', 0, flashImage.length);
  for (let off = 0; off < flashImage.length; off += FLASH_CHUNK) {
    const chunk = Buffer.alloc(FLASH_CHUNK); // the stub writes whole 64 KiB chunks; the rest is zeros
    flashImage.copy(chunk, 0, off, off + FLASH_CHUNK);
    await isp.request(OP.FLASH_WRITE, off, chunk, `the flash write at 0x${off.toString(16)}`, 10);
    onProgress('write', Math.min(off + FLASH_CHUNK, flashImage.length), flashImage.length);
  }
  if (run) {
    onProgress('run');
    await transport.write(slipEncode(ispPacket(OP.REBOOT, 0)));
  }
  return { bytes: flashImage.length, started: run, verified: 'packets', target: 'flash' };
}
