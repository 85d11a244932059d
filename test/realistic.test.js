// The realistic corpus (test/realistic/): firmware-style programs of 100-300
// lines written as embedded engineers write TypeScript, run on each QEMU board
// with the board's own settings (its arena too) and compared with Node, output
// and exit status, byte for byte. The expected output is Node's, taken now.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { REALISTIC_DIR, runCorpus, summaryLine } from './support/corpus.js';
import { QEMU_BOARDS } from './support/paths.js';

/*
 * qemu-mps2-an386 has a 64 KiB heap and nothing is freed yet (issue "memory that
 * lasts"): these programs run out of it there, and that is the only difference
 * accepted, on that board only. A program that starts to fit fails the test
 * (take it off the list then).
 */
const OUT_OF_MEMORY_ON_MPS2 = [
  'at-command-modem', 'base64-hex', 'battery-charger', 'biquad-filter', 'bitset-scheduler', 'can-bitfields',
  'cbor-lite', 'closures-generics', 'cobs-framing', 'command-shell', 'config-parser', 'crc-catalogue',
  'dataview-telemetry', 'errors-finally', 'fft-spectrum', 'fixed-point-pid', 'goertzel-tones',
  'integer-edges', 'kalman-imu', 'large-buffers', 'lru-cache', 'memory-pool', 'modbus-rtu-slave', 'nmea-gps',
  'number-report', 'ring-logger', 'sha256', 'slip-crc-frames', 'spi-imu-driver', 'state-machines-classes',
  'timer-wheel', 'tlv-records', 'xtea-cipher',
];

test('every realistic program agrees with Node on every QEMU board', async () => {
  const { results, summary, programs } = await runCorpus({
    boards: QEMU_BOARDS, dir: REALISTIC_DIR, boardArena: true,
    // their turn at the boards' own flags (-O2, GCC's slowest) is where they run to the end
    minimalFlagsOn: { 'qemu-mps2-an386': OUT_OF_MEMORY_ON_MPS2 },
  });
  process.stdout.write(`\n  realistic corpus of ${programs} programs (the boards' own arenas):\n` +
    QEMU_BOARDS.map((b) => `    ${summaryLine(b, summary[b])}\n`).join(''));
  assert.ok(programs >= 30, `the realistic corpus has ${programs} programs; the issue asks for at least 30`);

  const refused = results.filter((r) => r.outcome === 'refused').map((r) => `${r.id}: ${r.reason}`);
  assert.equal(refused, [], 'realistic programs refused at build time');

  const outOfMemory = (r) => r.board === 'qemu-mps2-an386' && r.got.status === 1 && /\*\*\* OUT OF MEMORY/.test(r.got.stdout);
  const differ = results.filter((r) => r.outcome === 'differ');
  const unexpected = differ.filter((r) => !(OUT_OF_MEMORY_ON_MPS2.includes(r.id) && outOfMemory(r)))
    .map((r) => `${r.id} on ${r.board}: ${r.reason}`);
  assert.equal(unexpected, [], `realistic programs that differ from Node:\n${unexpected.join('\n')}`);

  const fits = OUT_OF_MEMORY_ON_MPS2.filter((id) => !differ.some((r) => r.id === id && outOfMemory(r)));
  assert.equal(fits, [], 'listed as running out of memory on qemu-mps2-an386 but did not: take them off the list');
});

test.run();
