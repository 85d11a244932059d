// The STM32 USART bootloader flasher (sdk/flash/) against a simulated device
// (test/support/stm32-device.js), in process: the whole algorithm, and each
// injected fault ending in its own error or in a successful retry. An
// unverified image is never started.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadBoard } from '../sdk/board/load.js';
import { FlashError } from '../sdk/flash/errors.js';
import { flashBoard } from '../sdk/flash/flash-board.js';
import { RESET_PRESETS } from '../sdk/flash/reset.js';
import { openError } from '../sdk/flash/serial-line.js';
import { flashReporter } from '../sdk/cli/flash-progress.js';
import { stm32Crc } from '../sdk/flash/stm32-crc.js';
import { flashStm32, sectorSizes, sectorsTouched } from '../sdk/flash/stm32-flasher.js';
import { recordingLine } from './support/recording-line.js';
import { Stm32Device } from './support/stm32-device.js';

const BASE = 0x0800_0000;
const F411 = { pid: 0x431, sectors: ['4x16K', '1x64K', '3x128K'] }; // NUCLEO-F411RE: 512 KiB
const FAST = { sync: 50, ack: 200, erase: 200, recover: 3 };

/** 40 KiB of scrambled bytes: sectors 0-2. */
function image(length = 40 * 1024) {
  const b = Buffer.alloc(length);
  let x = 7;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

async function flashWith(faults = {}, { pid = F411.pid, extendedErase = true, checksum = false, img = image() } = {}) {
  const device = new Stm32Device({ pid, flashBase: BASE, sectorSizes: sectorSizes(F411.sectors), extendedErase, checksum, faults });
  try {
    const result = await flashStm32({ transport: device.transport, image: img, base: BASE, sectors: F411.sectors,
      chipId: F411.pid, timeouts: FAST });
    return { result, device, img };
  } catch (error) {
    return { error, device, img };
  } finally {
    device.stop();
  }
}

const wrote = (device) => device.log.some((l) => l.startsWith('write') || l.startsWith('erase'));

test('sector layout: an image covers the sectors it touches, no more; too large an image is refused', () => {
  const sizes = sectorSizes(F411.sectors);
  assert.equal(sizes.map((s) => s / 1024), [16, 16, 16, 16, 64, 128, 128, 128]);
  assert.equal(sectorsTouched(sizes, 1), [0]);
  assert.equal(sectorsTouched(sizes, 40 * 1024), [0, 1, 2]);
  assert.equal(sectorsTouched(sizes, 65 * 1024), [0, 1, 2, 3, 4]);
  assert.throws(() => sectorsTouched(sizes, 513 * 1024), /larger than the flash/);
});

test('flashing writes the image byte for byte, erases only the sectors it covers, verifies, then starts it', async () => {
  const { result, device, img, error } = await flashWith();
  assert.is(error, undefined);
  assert.ok(device.contents(img.length).equals(img));
  assert.equal(result.sectors, [0, 1, 2]);
  assert.equal(device.log.filter((l) => l.startsWith('erase')), ['erase 0,1,2']);
  assert.is(device.log.at(-1), 'go 0x8000000');
  assert.ok(device.log.indexOf('go 0x8000000') > device.log.findLastIndex((l) => l.startsWith('read')), 'Go after verify');
});

test('a device that only lists the legacy Erase (0x43) is erased with it', async () => {
  const { device, img, error } = await flashWith({}, { extendedErase: false });
  assert.is(error, undefined);
  assert.ok(device.contents(img.length).equals(img));
});

test('a chip other than the board\'s is refused before anything is erased', async () => {
  const { error, device } = await flashWith({}, { pid: 0x413 });
  assert.instance(error, FlashError);
  assert.is(error.kind, 'wrong-chip');
  assert.match(error.message, 'the board expects product ID 0x431 (STM32F411), the device reports 0x413 (STM32F405/407/415/417); nothing was erased');
  assert.not.ok(wrote(device));
});

test('a NACKed block and a lost ACK are retried after re-synchronising, and the image still verifies', async () => {
  for (const faults of [{ nackWrites: new Set([5]) }, { dropAck: 40 }, { alreadySynced: true }]) {
    const { device, img, error } = await flashWith(faults);
    assert.is(error, undefined, `${JSON.stringify(faults)}: ${error?.message}`);
    assert.ok(device.contents(img.length).equals(img));
    assert.is(device.log.at(-1), 'go 0x8000000');
  }
});

test('a byte programmed wrong fails verification with its address, and the program is not started', async () => {
  const { error, device } = await flashWith({ corruptAt: BASE + 0x1234 });
  assert.instance(error, FlashError);
  assert.is(error.kind, 'verify');
  assert.match(error.message, /^verify \(read back\) failed at 0x8001234: wrote 0x[0-9a-f]{2}, read back 0x[0-9a-f]{2}; the program was not started$/);
  assert.not.ok(device.log.some((l) => l.startsWith('go')));
});

test('read-out protection and a silent device end in their own errors, with nothing written', async () => {
  const rdp = await flashWith({ readProtected: true });
  assert.is(rdp.error?.kind, 'read-protected');
  assert.match(rdp.error.hint, 'erases the whole flash');
  assert.not.ok(wrote(rdp.device));
  const silent = await flashWith({ silent: true });
  assert.is(silent.error?.kind, 'silent');
  assert.not.ok(wrote(silent.device));
  assert.not.equal(rdp.error.exitCode, silent.error.exitCode);
});

test('the STM32 CRC matches the published vectors (checked against stm32flash -C)', () => {
  const ramp = Buffer.from(Array.from({ length: 4096 }, (_, i) => i & 0xff));
  assert.is(stm32Crc(ramp), 0xe268a03f);
  assert.is(stm32Crc(ramp.subarray(0, 256)), 0xb7ec66f4);
  assert.is(stm32Crc(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])), 0xa3141bda);
  assert.is(stm32Crc(Buffer.from([0, 0, 0, 0])), 0xc704dd7b);
  assert.is(stm32Crc(Buffer.from([0xff, 0xff, 0xff, 0xff])), 0);
  assert.is(stm32Crc(Buffer.from('12345678')), 0xfefc54f9);
});

test('a device that offers Get Checksum is verified by CRC; a wrong byte is still found and named', async () => {
  const good = await flashWith({}, { checksum: true });
  assert.is(good.error, undefined, good.error?.message);
  assert.is(good.result.verified, 'crc');
  assert.ok(good.device.log.some((l) => l.startsWith('checksum')));
  assert.not.ok(good.device.log.some((l) => l.startsWith('read')));
  const bad = await flashWith({ corruptAt: BASE + 0x4321 }, { checksum: true });
  assert.is(bad.error?.kind, 'verify');
  assert.match(bad.error.message, 'failed at 0x8004321');
  assert.not.ok(bad.device.log.some((l) => l.startsWith('go')));
});

// Answers are numbered from the sync ACK (1); Get is 2-12, Get Version 13-17, Get ID 18-22, so 20 is a product ID
// byte, 23 the ACK of Extended Erase, 26 that of the first write address; 150 and 700 fall inside blocks read back.
// Corrupted or dropped, each leaves the device part way through a command.
test('BUSY before an ACK is waited out, corrupted and lost answer bytes are retried; a stalled erase times out with nothing started', async () => {
  const corrupted = [20, 23, 26, 150, 700].map((n) => ({ corruptReply: n }));
  for (const faults of [{ busyErase: true }, ...corrupted, { dropAck: 26 }, { dropAck: 300 }]) {
    const { error, device, img } = await flashWith(faults);
    assert.is(error, undefined, `${JSON.stringify(faults)}: ${error?.message}`);
    assert.ok(device.contents(img.length).equals(img));
  }
  const stalled = await flashWith({ stallErase: 2000 });
  assert.is(stalled.error?.kind, 'timeout');
  assert.not.ok(stalled.device.log.some((l) => l.startsWith('go') || l.startsWith('write')));
});

test('a device answering noise (the program running, or the wrong baud) ends in its own error', async () => {
  const { error, device } = await flashWith({ garbage: true });
  assert.is(error?.kind, 'garbage');
  assert.not.ok(wrote(device));
});

// With dtr-rts wiring (DTR = reset, RTS = BOOT0 through inverters): RTS deasserted holds BOOT0 high, DTR asserted holds
// the chip in reset; idle leaves BOOT0 low and reset released, so the next reset runs the program.
test('a dtr-rts board is reset into its bootloader, and its lines are left idle afterwards, whether flashing worked or not', async () => {
  assert.equal(RESET_PRESETS['dtr-rts'], { enter: 'R0|D1|W100|D0|W500', idle: 'D0|R1' });
  const board = { ...loadBoard('stm32f4-discovery') };
  board.flash = { ...board.flash, reset: 'dtr-rts' };
  const img = image(4096);
  for (const pid of [board.flash.chip_id, 0x431]) {
    const device = new Stm32Device({ pid, flashBase: board.flash.base, sectorSizes: sectorSizes(board.flash.sectors) });
    const changes = [];
    const outcome = await flashBoard({ board, image: img, port: 'recorded', openLine: recordingLine(device, changes), timeouts: FAST })
      .then(() => 'flashed', (e) => e.kind);
    device.stop();
    assert.is(outcome, pid === board.flash.chip_id ? 'flashed' : 'wrong-chip');
    // enter: RTS off (BOOT0 high); DTR on (reset held); DTR off (released into the bootloader); then idle; then closed
    assert.equal(changes, ['D0R0', 'D1R0', 'D0R0', 'D0R0', 'D0R1', 'closed'], outcome);
  }
});

test('an interruption (Ctrl-C in the CLI) stops flashing part way, leaves the lines idle, closes the port, and starts nothing', async () => {
  const board = { ...loadBoard('stm32f4-discovery') };
  board.flash = { ...board.flash, reset: 'dtr-rts' };
  const device = new Stm32Device({ pid: board.flash.chip_id, flashBase: board.flash.base, sectorSizes: sectorSizes(board.flash.sectors) });
  const changes = [];
  const stop = new AbortController();
  const outcome = await flashBoard({
    board, image: image(), port: 'recorded', openLine: recordingLine(device, changes), timeouts: FAST, signal: stop.signal,
    onProgress: (phase, done) => { if (phase === 'write' && done >= 4096) stop.abort(); },
  }).then(() => 'flashed', (e) => e);
  device.stop();
  assert.is(outcome.kind, 'interrupted', String(outcome));
  assert.is(outcome.exitCode, 130);
  assert.match(outcome.message, 'recorded was closed with its lines in their idle state');
  assert.equal(changes.slice(-2), ['D0R1', 'closed']);
  assert.ok(device.log.some((l) => l.startsWith('write')), 'it was interrupted while writing');
  assert.not.ok(device.log.some((l) => l.startsWith('go')), 'nothing was started');
});

test('a [flash] table that lacks what its method needs is refused before the port is opened', async () => {
  const board = { ...loadBoard('nucleo-f411re'), name: 'my-board', flash: { method: 'stm32-uart', base: BASE } };
  const opened = [];
  const error = await flashBoard({ board, image: image(64), port: 'p', openLine: async (o) => opened.push(o) }).catch((e) => e);
  assert.is(error.kind, 'board');
  assert.match(error.message, "board my-board's [flash] table lacks sectors, chip_id, which method stm32-uart needs");
  assert.equal(opened, []);
});

// The suite runs as root, which no device denies; the classification is checked on serialport's message for it.
test('permission denied names the device\'s group and how to join it; an unknown failure keeps the system\'s words', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-perm-'));
  const device = path.join(dir, 'ttyUSB9');
  fs.writeFileSync(device, '');
  const gid = fs.statSync(device).gid;
  const group = fs.readFileSync('/etc/group', 'utf8').split('\n').map((l) => l.split(':')).find((f) => f[2] === String(gid))[0];
  const denied = await openError(device, new Error(`Error: Permission denied, cannot open ${device}`));
  assert.is(denied.kind, 'permission');
  assert.match(denied.message, `permission denied opening ${device} (owner uid `);
  assert.match(denied.hint, `sudo usermod -aG ${group} $USER`);
  const other = await openError(device, new Error('Error: Input/output error, cannot open'));
  assert.is(other.kind, 'port');
  assert.match(other.message, 'Input/output error');
});

test('progress: a bar rewritten in place on a terminal, stable lines every 25 % otherwise, JSON events with --json', () => {
  const sink = () => { const s = { text: '', write: (t) => { s.text += t; } }; return s; };
  const run = (opts) => {
    const out = sink();
    const stdout = sink();
    const r = flashReporter({ ...opts, out, stdout });
    r.progress('connect');
    for (let done = 0; done <= 4096; done += 256) r.progress('write', done, 4096);
    r.end();
    return { err: out.text, json: stdout.text };
  };
  const tty = run({ tty: true });
  assert.match(tty.err, '\r\x1b[K  write    [##############..............]  50 %  2.0 KiB of 4.0 KiB');
  assert.match(tty.err, /\r\x1b\[K {2}write +4\.0 KiB +[\d.]+ s( +[\d.]+ KiB\/s)?\n$/); // the rate once a millisecond passed
  const plain = run({ tty: false });
  assert.not.match(plain.err, /\r|\x1b/);
  assert.equal(plain.err.split('\n').filter((l) => / %/.test(l)).map((l) => l.trim().split(/\s+/)[1]), ['0', '25', '50', '75']);
  const json = run({ json: true });
  assert.is(json.err, '');
  const events = json.json.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(events[0], { event: 'progress', phase: 'connect' });
  assert.equal(events.at(-1), { event: 'progress', phase: 'write', done: 4096, total: 4096 });
});

test.run();
