// Flash an image through the STM32 bootloader: connect, identify (refusing a
// chip other than the board's before anything is erased), erase only the
// sectors the image touches, write in 256-byte blocks, verify by reading back,
// and only then Go. NACKs and timeouts are retried after re-synchronising,
// with a growing pause; an unverified image is never started.

import { FlashError } from './errors.js';
import { Stm32Bootloader } from './stm32-protocol.js';

const BLOCK = 256;

/** Sector sizes from a layout like ["4x16K", "1x64K", "7x128K"]. */
export function sectorSizes(layout) {
  return layout.flatMap((group) => {
    const m = /^(\d+)x(\d+)K$/.exec(group);
    if (!m) throw new FlashError('image', `bad sector group "${group}" (expected e.g. "4x16K")`);
    return Array(Number(m[1])).fill(Number(m[2]) * 1024);
  });
}

/** The sector numbers the bytes [offset, offset + length) of flash cover. */
export function sectorsTouched(sizes, length) {
  const touched = [];
  let start = 0;
  for (let i = 0; i < sizes.length && start < length; i++) {
    touched.push(i);
    start += sizes[i];
  }
  if (start < length) {
    throw new FlashError('image', `the image (${length} bytes) is larger than the flash (${start} bytes)`);
  }
  return touched;
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {object} opts
 * @param {object} opts.transport a byte transport (stm32-protocol.js)
 * @param {Buffer} opts.image the BIN, written at opts.base
 * @param {number} opts.base flash start, e.g. 0x0800_0000
 * @param {string[]} opts.sectors the flash layout, e.g. ["4x16K", "1x64K", "3x128K"]
 * @param {number} opts.chipId the product ID the board expects
 * @param {boolean} [opts.run] send Go after a verified write (default true)
 * @param {number} [opts.retries] attempts per step (default 3)
 * @param {(phase: string, done?: number, total?: number) => void} [opts.onProgress]
 * @returns {Promise<{ bytes: number, sectors: number[], started: boolean, chipId: number, version: number }>}
 */
export async function flashStm32({ transport, image, base, sectors, chipId, run = true, retries = 3, onProgress = () => {}, timeouts }) {
  const bl = new Stm32Bootloader(transport, timeouts);
  const attempt = async (what, fn) => {
    for (let i = 1; ; i++) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof FlashError) || !['nack', 'timeout', 'garbage'].includes(e.kind) || i >= retries) throw e;
        await pause(20 * 2 ** i); // let the line settle, then re-synchronise before trying again
        await bl.sync().catch(() => {});
      }
    }
  };

  onProgress('connect');
  await attempt('connect', () => bl.sync());
  onProgress('identify');
  const { version } = await attempt('get', () => bl.get());
  const id = await attempt('get id', () => bl.getId());
  if (id !== chipId) {
    throw new FlashError('wrong-chip', `the board expects product ID 0x${chipId.toString(16)}, the device reports 0x${id.toString(16)}`,
      'check --board (or the adapter is connected to another board); nothing was erased');
  }

  const touched = sectorsTouched(sectorSizes(sectors), image.length);
  onProgress('erase', 0, touched.length);
  try {
    await attempt('erase', () => bl.erase(touched));
  } catch (e) {
    if (e.kind === 'nack') {
      throw new FlashError('read-protected', 'the device refuses to erase: read-out protection is probably active',
        'removing it erases the whole flash: `stm32flash -k <port>` or STM32CubeProgrammer');
    }
    throw e;
  }
  onProgress('erase', touched.length, touched.length);

  for (let off = 0; off < image.length; off += BLOCK) {
    const block = image.subarray(off, off + BLOCK);
    await attempt('write', () => bl.write(base + off, block));
    onProgress('write', Math.min(off + BLOCK, image.length), image.length);
  }

  for (let off = 0; off < image.length; off += BLOCK) {
    const want = image.subarray(off, off + BLOCK);
    const got = await attempt('verify', () => bl.read(base + off, want.length));
    const at = want.findIndex((b, k) => got[k] !== b);
    if (at >= 0) {
      const where = base + off + at;
      throw new FlashError('verify', `verify failed at 0x${where.toString(16)}: wrote 0x${want[at].toString(16).padStart(2, '0')}, ` +
        `read back 0x${got[at].toString(16).padStart(2, '0')}; the program was not started`, 'flash again; if it repeats, lower --baud');
    }
    onProgress('verify', Math.min(off + BLOCK, image.length), image.length);
  }

  if (run) {
    onProgress('run');
    await attempt('go', () => bl.go(base));
  }
  return { bytes: image.length, sectors: touched, started: run, chipId: id, version };
}
