// Flash an image through the STM32 bootloader: connect, identify (refusing a
// chip other than the board's before anything is erased), erase only the
// sectors the image touches, write in 256-byte blocks, verify by reading back,
// and only then Go. NACKs and timeouts are retried after recovering the device,
// with a growing pause; an unverified image is never started.

import { chipName } from './chips.js';
import { FlashError } from './errors.js';
import { stm32Crc } from './stm32-crc.js';
import { CMD, Stm32Bootloader } from './stm32-protocol.js';

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
 * @param {'auto'|'read'|false} [opts.verify] auto: Get Checksum when the device lists it, else read back
 * @param {number} [opts.retries] attempts per step (default 3)
 * @param {(phase: string, done?: number, total?: number) => void} [opts.onProgress]
 * @returns {Promise<{ bytes: number, sectors: number[], started: boolean, chipId: number, version: number }>}
 */
export async function flashStm32({
  transport, image, base, sectors, chipId, run = true, verify = 'auto', retries = 3, onProgress = () => {}, timeouts,
}) {
  const bl = new Stm32Bootloader(transport, timeouts);
  const attempt = async (what, fn, retryOn = ['nack', 'timeout', 'garbage']) => {
    for (let i = 1; ; i++) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof FlashError) || !retryOn.includes(e.kind) || i >= retries) throw e;
        await pause(20 * 2 ** i); // let the line settle, then bring the device back to a command before trying again
        await bl.recover().catch(() => {});
      }
    }
  };

  onProgress('connect');
  await attempt('connect', () => bl.sync());
  onProgress('identify');
  await attempt('get', () => bl.get());
  const { version } = await attempt('get version', () => bl.getVersion());
  let id = await attempt('get id', () => bl.getId());
  if (id !== chipId) id = await attempt('get id', () => bl.getId()); // Get ID has no check byte: ask twice before refusing
  if (id !== chipId) {
    throw new FlashError('wrong-chip', `the board expects product ID ${chipName(chipId)}, the device reports ${chipName(id)}; nothing was erased`,
      'pass the --board that matches the device (`helix-sdk boards`), or check which board the adapter is wired to');
  }

  const touched = sectorsTouched(sectorSizes(sectors), image.length);
  onProgress('erase', 0, touched.length);
  try {
    // Not retried after a timeout: the device may still be erasing, and would take what follows as garbage.
    await attempt('erase', () => bl.erase(touched), ['nack', 'garbage']);
  } catch (e) {
    if (e.kind !== 'nack') throw e;
    await bl.recover().catch(() => {});
    const readable = await bl.read(base, 1).then(() => true, () => false);
    if (!readable) {
      throw new FlashError('read-protected', 'the device refuses to erase and to read: read-out protection is active',
        'removing it erases the whole flash: `stm32flash -k <port>` or STM32CubeProgrammer');
    }
    throw new FlashError('nack', `the device refused to erase sector(s) ${touched.join(', ')}`,
      'the sectors may be write-protected (`stm32flash -u <port>` removes it), or the board file\'s [flash] sectors ' +
      'do not match this chip');
  }
  onProgress('erase', touched.length, touched.length);

  onProgress('write', 0, image.length);
  for (let off = 0; off < image.length; off += BLOCK) {
    const block = image.subarray(off, off + BLOCK);
    await attempt('write', () => bl.write(base + off, block));
    onProgress('write', Math.min(off + BLOCK, image.length), image.length);
  }

  const method = verify === false ? 'none' : bl.commands.includes(CMD.GET_CHECKSUM) && verify !== 'read' ? 'crc' : 'read';
  if (method !== 'none') onProgress('verify', 0, image.length);
  if (method === 'crc') await verifyByCrc(bl, attempt, image, base, onProgress);
  else if (method === 'read') await verifyByReading(bl, attempt, image, base, onProgress);

  if (run) {
    onProgress('run');
    await attempt('go', () => bl.go(base));
  }
  return { bytes: image.length, sectors: touched, started: run, chipId: id, version, verified: method };
}

function mismatch(where, wrote, read, how) {
  const hex = (b) => `0x${b.toString(16).padStart(2, '0')}`;
  return new FlashError('verify', `verify (${how}) failed at 0x${where.toString(16)}: wrote ${hex(wrote)}, read back ${hex(read)}; ` +
    'the program was not started', 'flash again; if it repeats, lower --baud');
}

async function verifyByReading(bl, attempt, image, base, onProgress) {
  for (let off = 0; off < image.length; off += BLOCK) {
    const want = image.subarray(off, off + BLOCK);
    const readBack = () => attempt('verify', () => bl.read(base + off, want.length));
    let got = await readBack();
    // Read Memory's data has no check byte: a difference is read again, so only the flash, not the line, fails it.
    if (!got.equals(want)) got = await readBack();
    const at = want.findIndex((b, k) => got[k] !== b);
    if (at >= 0) throw mismatch(base + off + at, want[at], got[at], 'read back');
    onProgress('verify', Math.min(off + BLOCK, image.length), image.length);
  }
}

/** One CRC per sector-sized chunk; a mismatching chunk is read back to name the first wrong byte. */
async function verifyByCrc(bl, attempt, image, base, onProgress) {
  const CHUNK = 16 * 1024;
  const padded = Buffer.alloc(Math.ceil(image.length / 4) * 4, 0xff);
  image.copy(padded);
  for (let off = 0; off < padded.length; off += CHUNK) {
    const want = padded.subarray(off, off + CHUNK);
    const crc = await attempt('verify', () => bl.checksum(base + off, want.length));
    if (crc !== stm32Crc(want)) {
      await verifyByReading(bl, attempt, image.subarray(off, off + CHUNK), base + off, () => {});
      throw new FlashError('verify', `verify (CRC) failed in 0x${(base + off).toString(16)}..0x${(base + off + want.length).toString(16)}, ` +
        'but reading it back matched: the line corrupted a checksum; the program was not started', 'flash again');
    }
    onProgress('verify', Math.min(off + CHUNK, image.length), image.length);
  }
}
