// Crash reports decoded to TypeScript: a register write to an address where
// nothing is mapped faults the CPU in QEMU; `helix-sdk run` and `helix-sdk
// monitor` (on a pty pair, as a board's serial port) name the TypeScript
// function and line it happened under. The monitor reconnects when its port
// goes away and comes back.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { spawn } from 'node:child_process';
import path from 'node:path';

import { buildApp } from '../codegen/build.js';
import { crashAnnotator } from '../sdk/monitor/crash-decoder.js';
import { runQemu } from '../sdk/qemu/run.js';
import { outDir, runCli } from './support/cli.js';
import { tempDir } from './support/host-build.js';
import { CLI, FIXTURES, ROOT } from './support/paths.js';
import { openEnd, ptyPair } from './support/pty-pair.js';

const APP = path.join(FIXTURES, 'apps', 'crash-register');
const SOURCE = path.relative(ROOT, path.join(APP, 'main.ts'));
// pokeStatus is declared on line 9 and the task body (an arrow function) starts at line 13, column 34.
const POKE = `pokeStatus (${SOURCE}:9:1)`;
const TASK_BODY = `anonymous function (${SOURCE}:13:34)`;

for (const board of ['qemu-mps2-an386', 'qemu-virt-riscv64']) {
  test(`helix-sdk run on ${board}: the crash report's addresses name the TypeScript function and line`, async () => {
    const r = await runCli(['run', APP, '--board', board, '-q', '-o', outDir(`crash-register-${board}`), '-t', '60']);
    assert.is(r.status, 3, r.stdout + r.stderr);
    assert.match(r.stdout, /\*\*\* CRASH: /);
    assert.match(r.stdout, /^\s+pc\s+0x[0-9a-f]+\s+hx_host_mmio_write32 \(sdk\/kernel\/mmio_host\.c:\d+\)$/m);
    assert.ok(r.stdout.includes(POKE), r.stdout);
    assert.ok(r.stdout.includes(`inlined in ${TASK_BODY}`) || r.stdout.includes(`  ${TASK_BODY}`), r.stdout);
    assert.ok(r.stdout.includes(`in your code: ${POKE}`), r.stdout);
    assert.not.match(r.stdout, /not reached/);
  });
}

/** A child process whose output can be waited for. */
function start(args) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const got = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => { got.stdout += d; });
  child.stderr.on('data', (d) => { got.stderr += d; });
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const waitFor = async (stream, pattern, what) => {
    for (let i = 0; i < 200; i++) {
      if (pattern.test(got[stream])) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}; stdout: ${got.stdout}\nstderr: ${got.stderr}`);
  };
  return { child, got, exited, waitFor };
}

test('helix-sdk monitor decodes a crash report produced in QEMU, and reconnects when the port comes back', async () => {
  const board = 'qemu-mps2-an386';
  const out = outDir(`crash-register-${board}`);
  const fw = await buildApp({ input: APP, board, outDir: out });
  let report = '';
  const ran = await runQemu(fw.board, fw.elf, { timeout: 60, onOutput: (c) => { report += c; } });
  assert.is(ran.status, 3);
  assert.match(report, /\*\*\* halted/);

  let pair = await ptyPair();
  let device = await openEnd(pair.device);
  const monitor = start(['monitor', APP, '--board', board, '-o', out, '--port', pair.host]);
  try {
    await monitor.waitFor('stderr', /monitor on .* at 115200 baud, decoding crashes with/, 'the monitor to start');
    device.write(report);
    await monitor.waitFor('stdout', /in your code: /, 'the decoded report');
    assert.ok(monitor.got.stdout.startsWith(report.split('\n')[0]), 'the board\'s output is passed through as it came');
    assert.ok(monitor.got.stdout.includes(`in your code: ${POKE}`), monitor.got.stdout);
    assert.ok(monitor.got.stdout.includes(TASK_BODY), monitor.got.stdout);

    // The board resets and its USB serial port disappears for a moment.
    await new Promise((r) => device.close(r));
    await pair.close();
    await monitor.waitFor('stderr', /disconnected; waiting for it to come back/, 'the disconnection');
    pair = await ptyPair(pair.dir);
    device = await openEnd(pair.device);
    await monitor.waitFor('stderr', /reconnected to /, 'the reconnection');
    device.write('hello again\n');
    await monitor.waitFor('stdout', /hello again/, 'output after reconnecting');
  } finally {
    monitor.child.kill('SIGINT');
    assert.is(await monitor.exited, 0);
    await new Promise((r) => device.close(r));
    await pair.close();
  }
});

test('the annotator passes every byte through unchanged, binary or split anywhere, and adds lines after a report', async () => {
  const bytes = Buffer.from([...Array(256).keys(), ...Buffer.from('\n*** CRASH: x\n    pc  0x10\n*** halted, exit status 3\n')]);
  const out = [];
  const annotator = crashAnnotator({ explain: async (lines) => [`decoded ${lines.length} lines`] }, (c) => out.push(Buffer.from(c)));
  for (let i = 0; i < bytes.length; i += 7) annotator.push(bytes.subarray(i, i + 7));
  await annotator.flush();
  assert.equal(Buffer.concat(out), Buffer.concat([bytes, Buffer.from('decoded 3 lines\n')]));
});

test('helix-sdk monitor --wait waits for a port that is not there yet', async () => {
  const dir = tempDir('helix-pty-');
  const monitor = start(['monitor', '--port', path.join(dir, 'host'), '--wait']);
  let pair = null;
  let device = null;
  try {
    await monitor.waitFor('stderr', /waiting for .*host to appear/, 'the monitor to wait');
    pair = await ptyPair(dir);
    device = await openEnd(pair.device);
    await monitor.waitFor('stderr', /monitor on .*host at 115200 baud; Ctrl-\] quits/, 'the monitor to open the port');
    device.write('booted\n');
    await monitor.waitFor('stdout', /^booted\n$/, 'the board\'s output');
  } finally {
    monitor.child.kill('SIGINT');
    assert.is(await monitor.exited, 0);
    if (device) await new Promise((r) => device.close(r));
    await pair?.close();
  }
});

test('helix-sdk monitor on a port that does not exist says so and lists the ports', async () => {
  const r = await runCli(['monitor', '--port', '/dev/ttyNOPE3']);
  assert.is(r.status, 18);
  assert.match(r.stderr, /error: there is no serial port \/dev\/ttyNOPE3\n  hint: /);
});

test.run();
