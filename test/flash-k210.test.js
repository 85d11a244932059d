// `helix-sdk flash` for the Kendryte K210 (boot ROM UART ISP) against a
// simulated K210 on a pty pair: an image loaded into SRAM and booted; with a
// user-supplied stub, written to SPI flash in the boot ROM's image format.
// Packet vectors are the protocol notes' (computed independently with zlib).

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { loadBoard } from '../sdk/board/load.js';
import { FLASH_EXIT } from '../sdk/flash/errors.js';
import { flashBoard } from '../sdk/flash/flash-board.js';
import { ispPacket, OP } from '../sdk/flash/k210-isp.js';
import { slipEncode } from '../sdk/flash/slip.js';
import { outDir, runCli } from './support/cli.js';
import { tempDir } from './support/host-build.js';
import { EXAMPLES } from './support/paths.js';
import { simulatorOnPty } from './support/pty-pair.js';
import { recordingLine } from './support/recording-line.js';
import { K210Device } from './support/k210-device.js';

const BOARD = 'maixbit-k210';
const BUILD = outDir('flash-k210');
const hex = (s) => Buffer.from(s.replace(/\s/g, ''), 'hex');

test('ISP packets are framed as the boot ROM expects (CRC-32 over address, length and data; SLIP escapes)', () => {
  assert.equal(slipEncode(ispPacket(OP.MEMORY_WRITE, 0x8000_0000, Buffer.from([0x13, 0, 0, 0]))),
    hex('c0 c3 00 00 00 ab 30 66 db dd 00 00 00 80 04 00 00 00 13 00 00 00 c0'));
  assert.equal(slipEncode(ispPacket(OP.MEMORY_BOOT, 0x8000_0000)), hex('c0 c5 00 00 00 fb 6f c4 d4 00 00 00 80 00 00 00 00 c0'));
  assert.equal(slipEncode(ispPacket(OP.FLASH_INIT, 1)), hex('c0 d7 00 00 00 f7 df 88 a9 01 00 00 00 00 00 00 00 c0'));
  const baud = Buffer.alloc(4);
  baud.writeUInt32LE(1_500_000);
  assert.equal(slipEncode(ispPacket(0xd6, 0, baud)), hex('c0 d6 00 00 00 b8 e4 85 73 00 00 00 00 04 00 00 00 60 e3 16 00 c0'));
});

async function flashOnPty(device, args) {
  const sim = await simulatorOnPty(device);
  try {
    return await runCli(['flash', ...args, '--board', BOARD, '--port', sim.port]);
  } finally {
    await sim.stop();
  }
}

test('`helix-sdk flash examples/blinky --board maixbit-k210`: loaded into SRAM byte for byte and booted', async () => {
  const dev = new K210Device();
  const r = await flashOnPty(dev, [path.join(EXAMPLES, 'blinky'), '-o', BUILD]);
  assert.is(r.status, 0, r.stderr);
  const bin = fs.readFileSync(path.join(BUILD, 'blinky.bin'));
  assert.ok(dev.contents(bin.length).equals(bin), 'SRAM differs from the BIN');
  assert.is(dev.log.at(-1), 'boot 0x80000000');
  assert.match(r.stderr, /warning: .* has no DTR\/RTS control/); // the board's k210-dan recipe, on a pty
  assert.match(r.stderr, /loaded into SRAM \(it runs until the next reset; --isp-stub writes flash\); each packet checked/);
});

test('with --isp-stub, the stub is loaded and started, then the image goes to SPI flash with its length and SHA-256', async () => {
  const stub = crypto.randomBytes(3000);
  const stubFile = path.join(tempDir('helix-stub-'), 'stub.bin');
  fs.writeFileSync(stubFile, stub);
  const bin = fs.readFileSync(path.join(BUILD, 'blinky.bin'));
  const dev = new K210Device({ stub, faults: { badChecksum: new Set([2, 5]) } });
  const r = await flashOnPty(dev, ['--image', path.join(BUILD, 'blinky.bin'), '--isp-stub', stubFile]);
  assert.is(r.status, 0, r.stderr);
  assert.ok(dev.contents(stub.length).equals(stub), 'the stub is not in SRAM');
  assert.is(dev.flash[0], 0, 'the image is marked encrypted');
  assert.is(dev.flash.readUInt32LE(1), bin.length);
  assert.ok(dev.flash.subarray(5, 5 + bin.length).equals(bin), 'flash differs from the BIN');
  const digest = crypto.createHash('sha256').update(dev.flash.subarray(0, 5 + bin.length)).digest();
  assert.ok(dev.flash.subarray(5 + bin.length, 37 + bin.length).equals(digest), 'the SHA-256 trailer is wrong');
  assert.equal(dev.log.filter((l) => !l.startsWith('sram') && !l.startsWith('flash 0x')), ['boot 0x80000000', 'flash init 1', 'reboot']);
});

// In process, with short timeouts: the ROM is greeted 15 times and a stub 10 times before giving up.
async function flashInProcess(device, stub) {
  const board = loadBoard(BOARD);
  try {
    return await flashBoard({ board, image: Buffer.alloc(2048, 0x13), port: 'sim', stub, openLine: recordingLine(device),
      timeouts: { greet: 20, answer: 200 } });
  } catch (e) {
    return e;
  } finally {
    device.stop();
  }
}

test('a K210 that never answers, a stub given to an STM32 board, and a stub that does not start each fail clearly', async () => {
  const silent = await flashInProcess(new K210Device({ faults: { silent: true } }));
  assert.is(silent.exitCode, FLASH_EXIT.silent);
  assert.is(silent.message, 'no answer from the K210 boot ROM\'s ISP');
  assert.match(silent.hint, /^tried sim at 115200 8N1, reset k210-dan\. Put the board in its bootloader \(hold BOOT \(IO16\) low/);

  const stubFile = path.join(tempDir('helix-stub-'), 'stub.bin');
  fs.writeFileSync(stubFile, Buffer.alloc(64, 1));
  const wrong = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', 'nucleo-f411re', '-p', '/dev/null', '--isp-stub', stubFile]);
  assert.is(wrong.status, FLASH_EXIT.board);
  assert.match(wrong.stderr, /--isp-stub is for K210 boards/);

  const notAStub = await flashInProcess(new K210Device(), Buffer.alloc(64, 1));
  assert.is(notAStub.exitCode, FLASH_EXIT.silent);
  assert.is(notAStub.message, 'the flash stub did not answer after it was started');
  assert.match(notAStub.hint, 'check that the --isp-stub file is a K210 flash stub');
});

test.run();
