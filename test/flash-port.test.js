// `helix-sdk flash` end to end on a pseudo-terminal pair: the CLI (real
// serialport binding, termios, locking) on one end, the STM32 bootloader
// simulator (test/support/stm32-device.js) on the other. Each failure ends in
// its own message and exit status. stm32flash, an independent client, checks
// the simulator and our flasher both ways.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import fs from 'node:fs';
import path from 'node:path';

import { buildApp } from '../codegen/build.js';
import { loadBoard } from '../sdk/board/load.js';
import { FLASH_EXIT } from '../sdk/flash/errors.js';
import { stm32Crc } from '../sdk/flash/stm32-crc.js';
import { sectorSizes } from '../sdk/flash/stm32-flasher.js';
import { which } from '../sdk/toolchain/which.js';
import { outDir, runCli, runProcess } from './support/cli.js';
import { tempDir } from './support/host-build.js';
import { EXAMPLES } from './support/paths.js';
import { openEnd, ptyPair, simulatorOnPty } from './support/pty-pair.js';
import { Stm32Device } from './support/stm32-device.js';

const BOARD = 'nucleo-f411re';
const flash = loadBoard(BOARD).flash;
const BUILD = outDir('flash-nucleo');
let bin;

function device(faults = {}, opts = {}) {
  return new Stm32Device({ pid: flash.chip_id, flashBase: flash.base, sectorSizes: sectorSizes(flash.sectors), faults, ...opts });
}

/** Flash the built blinky BIN through a fresh pty pair to a simulator with these faults. */
async function flashImage(dev, extra = []) {
  const sim = await simulatorOnPty(dev);
  try {
    return await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '--board', BOARD, '--port', sim.port, ...extra]);
  } finally {
    await sim.stop();
  }
}

test.before(() => {
  for (const tool of ['socat', 'stm32flash']) {
    if (!which(tool)) throw new Error(`${tool} is missing: \`apt-get install ${tool}\` (npm test installs it when run as root)`);
  }
});

test('acceptance: `helix-sdk flash examples/blinky --board nucleo-f411re --port <pty>` writes, verifies and starts the image; the flash equals the BIN', async () => {
  const dev = device();
  const sim = await simulatorOnPty(dev);
  let r;
  try {
    r = await runCli(['flash', path.join(EXAMPLES, 'blinky'), '--board', BOARD, '--port', sim.port, '-o', BUILD]);
  } finally {
    await sim.stop();
  }
  assert.is(r.status, 0, r.stderr);
  bin = fs.readFileSync(path.join(BUILD, 'blinky.bin'));
  assert.ok(bin.length > 1024);
  assert.ok(dev.contents(bin.length).equals(bin), 'the simulator\'s flash differs from the BIN');
  assert.ok(dev.contents(dev.flash.length).subarray(bin.length).every((b) => b === 0xff), 'bytes past the image were written');
  assert.is(dev.log.at(-1), 'go 0x8000000');
  for (const phase of ['connect', 'identify', 'erase', 'write', 'verify', 'run']) assert.match(r.stderr, new RegExp(`^  ${phase} `, 'm'));
  assert.match(r.stderr, /^Flashed [\d,]+ bytes in .*; verified \(read back\); started at 0x08000000\.$/m);
  // Only the sectors the image covers are erased.
  const sizes = sectorSizes(flash.sectors);
  let covered = 0;
  let end = 0;
  while (end < bin.length) end += sizes[covered++];
  assert.equal(dev.log.filter((l) => l.startsWith('erase')), [`erase ${[...Array(covered).keys()].join(',')}`]);
});

test('--json prints one event per line: the phases with their progress, then the result', async () => {
  const r = await flashImage(device(), ['--json']);
  assert.is(r.status, 0, r.stderr);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal([...new Set(events.filter((e) => e.event === 'progress').map((e) => e.phase))], ['connect', 'identify', 'erase', 'write', 'verify', 'run']);
  const writes = events.filter((e) => e.phase === 'write');
  assert.is(writes.at(-1).done, bin.length);
  assert.ok(writes.every((e, i) => i === 0 || e.done >= writes[i - 1].done));
  const done = events.at(-1);
  assert.is(done.event, 'done');
  assert.is(done.bytes, bin.length);
  assert.is(done.chipId, flash.chip_id);
  assert.is(done.started, true);
  assert.is(r.stderr.includes('Flashed'), false);
});

test('each fault ends in its own message and exit status, or in a retry that succeeds; no unverified image is started', async () => {
  const cases = [
    { faults: { nackWrites: new Set([3]) }, status: 0 },
    { faults: { dropAck: 60 }, status: 0 },
    { faults: { corruptReply: 40 }, status: 0 },
    { faults: { alreadySynced: true }, status: 0 },
    { pid: 0x413, status: FLASH_EXIT['wrong-chip'], message: /device reports 0x413 \(STM32F405\/407\/415\/417\); nothing was erased/ },
    { faults: { silent: true }, status: FLASH_EXIT.silent, message: /no answer to the bootloader's sync byte[^]*hint: tried .* at 115200 8E1, reset none\. Put the board in its bootloader/ },
    { faults: { garbage: true }, status: FLASH_EXIT.garbage, message: /the application is\s+probably running/ },
    { faults: { readProtected: true }, status: FLASH_EXIT['read-protected'], message: /read-out protection is active[^]*stm32flash -k/ },
    { faults: { corruptAt: flash.base + 0x200 }, status: FLASH_EXIT.verify, message: /verify \(read back\) failed at 0x8000200: wrote 0x[0-9a-f]{2}, read back 0x[0-9a-f]{2}; the program was not started/ },
  ];
  for (const c of cases) {
    const dev = device(c.faults, c.pid ? { pid: c.pid } : {});
    const r = await flashImage(dev);
    const label = JSON.stringify(c.faults ?? { pid: c.pid });
    assert.is(r.status, c.status, `${label}: ${r.stderr}`);
    if (c.status === 0) {
      assert.ok(dev.contents(bin.length).equals(bin), `${label}: flash differs`);
      assert.is(dev.log.at(-1), 'go 0x8000000');
    } else {
      assert.match(r.stderr, c.message, label);
      assert.match(r.stderr, /^error: /m);
      assert.not.ok(dev.log.some((l) => l.startsWith('go')), `${label}: started after a failure`);
      if (c.status !== FLASH_EXIT.verify) assert.not.ok(dev.log.some((l) => /^(write|erase)/.test(l)), `${label}: wrote`);
    }
  }
  assert.is(new Set(Object.values(FLASH_EXIT)).size, Object.keys(FLASH_EXIT).length, 'two failures share an exit status');
});

test('port problems: no such port lists the ports; a port another program holds names it; a pty has no reset lines', async () => {
  const missing = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', BOARD, '-p', '/dev/ttyNOPE9']);
  assert.is(missing.status, FLASH_EXIT['no-port']);
  assert.match(missing.stderr, /error: there is no serial port \/dev\/ttyNOPE9\n  hint: (serial ports on this machine: |no serial ports were found)/);

  const pair = await ptyPair();
  const holder = await openEnd(pair.host); // serialport locks the port, as a serial monitor would
  try {
    const busy = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', BOARD, '-p', pair.host]);
    assert.is(busy.status, FLASH_EXIT.busy, busy.stderr);
    // socat, which made the pair, holds the port's end too: the list is in pid order, ours among them
    assert.match(busy.stderr, new RegExp(`is in use by (pid \\d+ \\([^)]*\\), )*pid ${process.pid} \\(`), busy.stderr);
  } finally {
    await new Promise((r) => holder.close(r));
    await pair.close();
  }

  const dev = device();
  const r = await flashImage(dev, ['--reset', 'dtr-rts']);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: .* has no DTR\/RTS control .*continuing as --reset none/);
  assert.ok(dev.contents(bin.length).equals(bin));
});

test('a board without [flash], a bad reset recipe and a missing image are refused before the port is opened', async () => {
  const qemu = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', 'qemu-mps2-an386', '-p', '/dev/null']);
  assert.is(qemu.status, FLASH_EXIT.board);
  assert.match(qemu.stderr, /has no \[flash\] table[^]*helix-sdk run --board qemu-mps2-an386/);
  const recipe = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', BOARD, '-p', '/dev/null', '--reset', 'D1|X9']);
  assert.is(recipe.status, FLASH_EXIT.board);
  assert.match(recipe.stderr, /bad reset recipe "D1\|X9"/);
  const image = await runCli(['flash', '--image', '/nonexistent.bin', '-b', BOARD, '-p', '/dev/null']);
  assert.is(image.status, FLASH_EXIT.image);
  assert.match(image.stderr, /cannot read the image \/nonexistent.bin: no such file/);
});

test('Ctrl-C part way through writing stops with status 130, says so, and starts nothing', async () => {
  const dev = device();
  const sim = await simulatorOnPty(dev);
  let r;
  try {
    let sent = false;
    r = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '--board', BOARD, '--port', sim.port], {
      onStderr: (text, child) => {
        if (!sent && /^ {2}write +25 %/m.test(text)) { sent = true; child.kill('SIGINT'); }
      },
    });
  } finally {
    await sim.stop();
  }
  assert.is(r.status, FLASH_EXIT.interrupted, r.stderr);
  assert.match(r.stderr, `error: interrupted: ${sim.port} was closed with its lines in their idle state`);
  assert.ok(dev.log.some((l) => l.startsWith('write')), 'it was writing when interrupted');
  assert.not.ok(dev.log.some((l) => l.startsWith('go')), 'nothing was started');
});

test('--trace prints the bytes both ways: the sync byte and its ACK first', async () => {
  const r = await flashImage(device(), ['--trace']);
  assert.is(r.status, 0);
  assert.match(r.stderr, /^\s+[\d.]+ s {2}TX 7f\n\s+[\d.]+ s {2}RX 79\n/m);
  assert.match(r.stderr, /TX 31 ce\n/);
});

test('stm32flash writes, verifies and starts an image through the simulator', async () => {
  const dev = device();
  const sim = await simulatorOnPty(dev);
  try {
    const r = await runProcess('stm32flash', ['-m', '8n1', '-b', '115200', '-w', path.join(BUILD, 'blinky.bin'), '-v', '-g', '0x0', sim.port], { timeout: 120 });
    assert.is(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, 'Device ID    : 0x0431');
  } finally {
    await sim.stop();
  }
  assert.ok(dev.contents(bin.length).equals(bin));
  assert.is(dev.log.at(-1), 'go 0x8000000');
});

test('what our flasher writes, stm32flash reads back identically, and its CRC of it (device and software) agrees', async () => {
  for (const checksum of [false, true]) {
    const dev = device({}, { checksum });
    const sim = await simulatorOnPty(dev);
    const back = path.join(tempDir('helix-readback-'), 'back.bin');
    const words = bin.length & ~3;
    try {
      const ours = await runCli(['flash', '--image', path.join(BUILD, 'blinky.bin'), '-b', BOARD, '-p', sim.port, '--no-run']);
      assert.is(ours.status, 0, ours.stderr);
      assert.match(ours.stderr, checksum ? 'verified (device CRC)' : 'verified (read back)');
      const read = await runProcess('stm32flash', ['-m', '8n1', '-r', back, '-S', `0x08000000:${bin.length}`, sim.port], { timeout: 120 });
      assert.is(read.status, 0, read.stdout + read.stderr);
      const crc = await runProcess('stm32flash', ['-m', '8n1', '-C', '-S', `0x08000000:${words}`, sim.port], { timeout: 120 });
      assert.is(crc.status, 0, crc.stdout + crc.stderr);
      const m = /CRC\(0x08000000-0x[0-9a-f]+\) = 0x([0-9a-f]{8})/.exec(crc.stdout);
      assert.ok(m, crc.stdout);
      assert.is(Number.parseInt(m[1], 16), stm32Crc(bin.subarray(0, words)));
      assert.is(dev.log.some((l) => l.startsWith('checksum')), checksum, 'stm32flash used Get Checksum exactly when offered');
    } finally {
      await sim.stop();
    }
    assert.ok(fs.readFileSync(back).equals(bin), 'stm32flash read back other bytes');
    assert.not.ok(dev.log.some((l) => l.startsWith('go')), '--no-run sent Go');
  }
});

test.run();
