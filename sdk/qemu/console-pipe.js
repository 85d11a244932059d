// QEMU's console output travels through a real pipe, not the socket pair Node
// gives a child's stdio. QEMU writes its serial output non-blocking, and some
// UART models (QEMU 7.2's SiFive UART) drop a byte the host cannot take at
// once. A socket pair charges every one-byte write a whole buffer, so it fills
// after about 300 unread bytes: a reader that is slow for a moment (a loaded CI
// machine) lost console output. A pipe holds 64 KiB, whatever the write sizes.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh pipe: give `writeFd` to the child as its stdout and close it here once
 * the child has it (`parentDone`); `output` is the read end, which ends when the
 * child's copy closes.
 * @returns {{ writeFd: number, output: import('node:net').Socket, parentDone: () => void }}
 */
export function consolePipe() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-console-'));
  const fifo = path.join(dir, 'out');
  try {
    execFileSync('mkfifo', [fifo]);
    // the read end first, non-blocking, so opening the write end does not wait
    const readFd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const writeFd = fs.openSync(fifo, fs.constants.O_WRONLY);
    const output = new net.Socket({ fd: readFd, readable: true, writable: false });
    return { writeFd, output, parentDone: () => fs.closeSync(writeFd) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true }); // the open ends stay valid
  }
}
