// A fresh pseudo-terminal pair per test, joined by socat: a device simulator
// opens one end, the program under test (our flasher, stm32flash) the other.
// A pty carries no parity and no modem lines, and moves bytes instantly (the
// simulator paces itself when a test wants real line times).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { SerialPort } from 'serialport';

import { which } from '../../sdk/toolchain/which.js';
import { tempDir } from './host-build.js';

/**
 * @param {string} [dir] where the two links go (again the same ones: a pair "plugged back in")
 * @returns {Promise<{ dir: string, device: string, host: string, close(): Promise<void> }>}
 */
export async function ptyPair(dir = tempDir('helix-pty-')) {
  if (!which('socat')) throw new Error('socat is missing: `apt-get install socat` (npm test installs it as root)');
  const device = path.join(dir, 'device');
  const host = path.join(dir, 'host');
  const socat = spawn('socat', [`pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${host}`], { stdio: 'ignore' });
  const exited = new Promise((r) => socat.once('exit', r));
  for (let i = 0; !(fs.existsSync(device) && fs.existsSync(host)); i++) {
    if (i > 100 || socat.exitCode !== null) throw new Error(`socat did not create a pty pair in ${dir}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    dir,
    device,
    host,
    async close() {
      socat.kill();
      await exited;
      for (const link of [device, host]) fs.rmSync(link, { force: true });
    },
  };
}

/** Open a pty end for a simulator: raw bytes, no parity (a pty has none). */
export async function openEnd(p) {
  const port = new SerialPort({ path: p, baudRate: 115200, autoOpen: false });
  await new Promise((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  return port;
}

/** A simulator on the device end of a fresh pair; `stop()` closes everything. */
export async function simulatorOnPty(device) {
  const pair = await ptyPair();
  const port = await openEnd(pair.device);
  device.attach(port);
  return {
    port: pair.host,
    async stop() {
      device.stop();
      await new Promise((r) => port.close(() => r()));
      await pair.close();
    },
  };
}
