#!/usr/bin/env node
// Flashing throughput at 115200 baud: `helix-sdk flash` and stm32flash (the
// baseline, same run) against the STM32 bootloader simulator on a pty pair,
// paced at the line rate (11 bits per byte, 8E1; a pty alone is instant).
// "What the wire allows" is every byte the protocol must exchange for the
// image (command, address, block and ACKs for each 256-byte write, the same for
// each read back) at 11 bits per byte, with no gap between bytes.
// `node bench/flash.js` runs only this part and rewrites its section of docs/benchmarks.md;
// `npm run bench` runs it with everything else.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildApp } from '../codegen/build.js';
import { loadBoard } from '../sdk/board/load.js';
import { sectorSizes } from '../sdk/flash/stm32-flasher.js';
import { runCli, runProcess } from '../test/support/cli.js';
import { simulatorOnPty } from '../test/support/pty-pair.js';
import { Stm32Device } from '../test/support/stm32-device.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BOARD = 'nucleo-f411re';
const BAUD = 115200;
export const FLASH_MARKERS = ['<!-- flash-bench -->', '<!-- /flash-bench -->'];

/** Bytes on the wire for writing (or reading) `length` bytes in 256-byte blocks, both directions. */
function wireBytes(length) {
  let n = 0;
  for (let off = 0; off < length; off += 256) {
    const block = Math.min(256, length - off);
    n += 2 + 1 + 5 + 1 + 1 + Math.ceil(block / 4) * 4 + 1 + 1; // write: command+ACK, address+ACK, N, data, check, ACK
  }
  return n;
}
const readBytes = (length) => Math.ceil(length / 256) * (2 + 1 + 5 + 1 + 2 + 1) + length; // command, address, N, ACKs, data

async function timed(fn) {
  const t = process.hrtime.bigint();
  const r = await fn();
  return { r, s: Number(process.hrtime.bigint() - t) / 1e9 };
}

export async function flashBench(say = (s) => process.stderr.write(`${s}\n`)) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-flash-bench-'));
  say(`${BOARD}: building examples/blinky`);
  const fw = await buildApp({ input: path.join(ROOT, 'examples/blinky'), board: BOARD, outDir: work });
  const bin = fs.readFileSync(fw.bin);
  const { flash } = loadBoard(BOARD);
  const device = () => new Stm32Device({ pid: flash.chip_id, flashBase: flash.base, sectorSizes: sectorSizes(flash.sectors), baud: BAUD });

  say(`${BOARD}: helix-sdk flash at ${BAUD} baud (${bin.length} bytes)`);
  const ours = device();
  let sim = await simulatorOnPty(ours);
  const { r: cli, s: oursSecs } = await timed(() => runCli(['flash', '--image', fw.bin, '-b', BOARD, '-p', sim.port, '--baud', String(BAUD), '--json']));
  await sim.stop();
  if (cli.status !== 0 || !ours.contents(bin.length).equals(bin)) throw new Error(`helix-sdk flash failed: ${cli.stderr}`);
  const done = JSON.parse(cli.stdout.trim().split('\n').at(-1));

  say(`${BOARD}: stm32flash -w -v at ${BAUD} baud`);
  const theirs = device();
  sim = await simulatorOnPty(theirs);
  const { r: sf, s: theirSecs } = await timed(() => runProcess('stm32flash', ['-m', '8n1', '-b', String(BAUD), '-w', fw.bin, '-v', '-g', '0x0', sim.port], { timeout: 600 }));
  await sim.stop();
  if (sf.status !== 0 || !theirs.contents(bin.length).equals(bin)) throw new Error(`stm32flash failed: ${sf.stdout}${sf.stderr}`);

  const byteSecs = 11 / BAUD;
  const idealWrite = wireBytes(bin.length) * byteSecs;
  const idealVerify = readBytes(bin.length) * byteSecs;
  const oursData = (done.phases.write + done.phases.verify) / 1000;
  const kib = (bytes, s) => `${(bytes / 1024 / s).toFixed(2)} KiB/s`;
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
  const rows = [
    ['write + verify by reading back, wire limit', `${(idealWrite + idealVerify).toFixed(2)} s`, kib(bin.length, idealWrite + idealVerify), '100 %'],
    ['helix-sdk flash, write + verify phases', `${oursData.toFixed(2)} s`, kib(bin.length, oursData), pct(idealWrite + idealVerify, oursData)],
    ['helix-sdk flash, whole command (Node start, connect, erase, Go)', `${oursSecs.toFixed(2)} s`, kib(bin.length, oursSecs), pct(idealWrite + idealVerify, oursSecs)],
    ['stm32flash -w -v -g (baseline), whole command', `${theirSecs.toFixed(2)} s`, kib(bin.length, theirSecs), pct(idealWrite + idealVerify, theirSecs)],
  ];
  fs.rmSync(work, { recursive: true, force: true });
  return { rows, bytes: bin.length, lineUse: done.lineUse, ratio: theirSecs / oursSecs };
}

export function flashSection({ rows, bytes, lineUse, ratio }, table) {
  return `${FLASH_MARKERS[0]}
## Flashing throughput

\`examples/blinky\` for ${BOARD} (${bytes.toLocaleString('en-US')} bytes) written and verified through the STM32
bootloader simulator on a pty pair, paced at ${BAUD} baud 8E1 (11 bits per byte). The wire limit is the time every
byte the protocol exchanges takes on the line with no gap: per 256-byte block, command + ACK, address + ACK,
length, data, check byte, ACK to write, and the same to read back. The turnarounds between them (three per block
each way) are the only idle time. Reproduce with \`node bench/flash.js\`.

${table(['Run', 'Time', 'Image rate', 'Of the wire limit'], rows)}

The line was busy ${(100 * lineUse).toFixed(1)} % of the write and verify phases (\`--json\`'s \`lineUse\`);
stm32flash took ${ratio.toFixed(2)}x as long as \`helix-sdk flash\` for the same work.
${FLASH_MARKERS[1]}
`;
}

export function markdownTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await flashBench();
  const section = flashSection(result, markdownTable);
  process.stdout.write(`\n${section}`);
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  const md = fs.readFileSync(file, 'utf8');
  const [a, b] = [md.indexOf(FLASH_MARKERS[0]), md.indexOf(FLASH_MARKERS[1])];
  fs.writeFileSync(file, a >= 0 && b > a ? md.slice(0, a) + section + md.slice(b + FLASH_MARKERS[1].length + 1) : `${md}\n${section}`);
  process.stderr.write('updated the flashing section of docs/benchmarks.md\n');
}
