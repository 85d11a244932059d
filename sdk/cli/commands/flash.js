// helix-sdk flash: build an application for a real board and load it through
// the board's serial bootloader ([flash] in the board file).

import fs from 'node:fs';

import { boardDirs, loadBoard } from '../../board/load.js';
import { FLASH_EXIT, FlashError } from '../../flash/errors.js';
import { flashBoard } from '../../flash/flash-board.js';
import { loadCompiler } from '../compiler.js';
import { flashReporter } from '../flash-progress.js';
import { appPositional, buildOptions } from '../options.js';
import { stagePrinter, startPrinter } from '../progress.js';

export const command = 'flash [app]';
export const describe = 'build an application and load it into a board through its serial bootloader';

export function builder(y) {
  return y
    .positional('app', { ...appPositional, describe: `${appPositional.describe} (or give --image)` })
    .options({
      ...buildOptions,
      port: {
        alias: 'p',
        describe: 'the serial port the board\'s bootloader UART is on (e.g. /dev/ttyACM0, /dev/ttyUSB0)',
        type: 'string',
        demandOption: 'Pass --port <device>; a wrong one makes the error list the ports this machine has.',
        default: process.env.HELIX_PORT || undefined,
        defaultDescription: '$HELIX_PORT',
      },
      baud: { describe: 'line rate', type: 'number', defaultDescription: 'the board\'s [flash] baud' },
      image: { describe: 'flash this BIN instead of building <app>', type: 'string' },
      reset: {
        describe: 'how DTR/RTS put the board into its bootloader: none (by hand), dtr-rts, k210-dan, or a recipe ' +
          'like "R0|D1|W100|D0" (D/R = DTR/RTS asserted 1 or 0, W = wait ms)',
        type: 'string',
        defaultDescription: 'the board\'s [flash] reset',
      },
      verify: { describe: 'check the written image (read back, or the device\'s CRC) before starting it', type: 'boolean', default: true },
      run: { describe: 'start the program after a verified write (--no-run stays in the bootloader)', type: 'boolean', default: true },
      'isp-stub': {
        describe: 'K210: a flash stub (not shipped with the SDK) to write the image to SPI flash; without it the ' +
          'image is loaded into SRAM and runs until the next reset',
        type: 'string',
      },
      json: { describe: 'print progress and the result as JSON lines on stdout (for tools)', type: 'boolean', default: false },
      trace: { describe: 'print every byte sent and received, with times, on stderr', type: 'boolean', default: false },
    })
    .check((argv) => {
      if (!argv.app && !argv.image) throw new Error('Name the application to build, or pass --image <file.bin>.');
      return true;
    })
    .example('$0 flash examples/blinky --board nucleo-f411re --port /dev/ttyACM0', 'build, erase, write, verify, start')
    .example('$0 flash --image build/nucleo-f411re/blinky.bin -b nucleo-f411re -p /dev/ttyUSB0 --reset dtr-rts',
      'a USB-serial adapter wired DTR → NRST, RTS → BOOT0')
    .example('$0 flash app.ts -b nucleo-f411re -p /dev/ttyACM0 --json', 'machine-readable progress')
    .epilogue([
      'The board must be in its bootloader: with --reset none (the default for NUCLEO boards), set BOOT0 high and press reset.',
      'Only the sectors the image covers are erased; the program is started only after the image verified.',
      '',
      'Exit status:',
      '  0    flashed, verified (and started)',
      '  2    the build failed, the board has no [flash] table, or the options do not fit the board',
      ...Object.entries({
        nack: 'the device refused a command (NACK) after retries',
        timeout: 'the device stopped answering part way',
        silent: 'no answer to the bootloader sync (not in its bootloader? wiring? baud?)',
        garbage: 'answers that are not the bootloader\'s (application running? wrong baud or parity?)',
        'wrong-chip': 'the device is not the board\'s chip; nothing was erased',
        verify: 'the image read back differs; the program was not started',
        'read-protected': 'read-out protection is active',
        image: 'the image does not fit the board\'s flash',
        'no-port': 'no such serial port (the ports found are listed)',
        permission: 'no permission to open the port (the group to join is named)',
        busy: 'another program has the port open',
        port: 'the port failed otherwise (unplugged mid-way, library missing)',
        interrupted: 'Ctrl-C: stopped where it was, the port closed with its lines idle',
      }).map(([kind, what]) => `  ${String(FLASH_EXIT[kind]).padEnd(5)}${what}`),
    ].join('\n'));
}

export async function handler(argv) {
  const report = flashReporter({ json: argv.json });
  // Ctrl-C while flashing stops it cleanly (flashBoard leaves the lines idle) and exits 130; before, it just exits.
  const interruption = new AbortController();
  const onSigint = () => interruption.abort();
  try {
    const board = loadBoard(argv.board, { dirs: boardDirs() });
    if (!board.flash) await flashBoard({ board }); // throws the "no [flash] table" error before a build
    const image = argv.image ? readImage(argv.image) : await build(argv);
    if (!argv.json) {
      process.stderr.write(`Flashing ${image.length.toLocaleString('en-US')} bytes to ${board.name} through ${argv.port}\n`);
    }
    process.once('SIGINT', onSigint);
    const result = await flashBoard({
      board, image, port: argv.port, baud: argv.baud, reset: argv.reset, verify: argv.verify, run: argv.run,
      stub: argv.ispStub ? readImage(argv.ispStub, 'flash stub') : undefined,
      trace: argv.trace ? (line) => process.stderr.write(`${line}\n`) : undefined,
      onProgress: report.progress, onWarning: report.warning, signal: interruption.signal,
    });
    const ms = report.durations();
    report.end();
    const summary = summarise(result, ms);
    if (argv.json) report.emit({ event: 'done', ...summary });
    else process.stderr.write(`${describeResult(summary, board)}\n`);
  } catch (e) {
    report.end();
    if (!(e instanceof FlashError)) throw e;
    if (argv.json) report.emit({ event: 'error', kind: e.kind, message: e.message, hint: e.hint, exitCode: e.exitCode });
    process.stderr.write(`error: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`);
    process.exit(e.exitCode);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

function readImage(file, what = 'image') {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new FlashError('image', `cannot read the ${what} ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

async function build(argv) {
  const { buildApp } = await loadCompiler();
  const quiet = argv.quiet || argv.json;
  const r = await buildApp({ input: argv.app, board: argv.board, scheduler: argv.scheduler, outDir: argv.outDir,
    onStage: stagePrinter({ quiet }), onStart: startPrinter(argv.app, { quiet }) });
  return fs.readFileSync(r.bin);
}

/**
 * The figures of a flashing: line use is the bytes that crossed the line while writing and verifying, at their
 * bits each (11 for 8E1: start, 8 data, parity, stop; 10 for 8N1), over the time those phases took: 100 % would
 * be a line never idle.
 */
export function summarise(result, ms) {
  const bits = result.bitsPerByte;
  const dataPhases = ['write', 'verify'].filter((p) => ms[p] !== undefined);
  const wireBytes = dataPhases.reduce((n, p) => n + (result.wire[p] ?? 0), 0);
  const dataMs = dataPhases.reduce((n, p) => n + ms[p], 0);
  return {
    bytes: result.bytes, chipId: result.chipId, sectors: result.sectors, verified: result.verified, started: result.started,
    target: result.target ?? 'flash',
    baud: result.baud, ms: result.ms, phases: ms, wireBytes,
    lineUse: dataMs > 0 ? (wireBytes * bits * 1000) / result.baud / dataMs : null,
    writeRate: ms.write ? (result.bytes * 1000) / ms.write : null,
  };
}

function describeResult(s, board) {
  const parts = [`Flashed ${s.bytes.toLocaleString('en-US')} bytes in ${(s.ms / 1000).toFixed(1)} s`];
  if (s.writeRate) parts.push(`writing at ${(s.writeRate / 1024).toFixed(1)} KiB/s`);
  if (s.lineUse !== null && s.lineUse <= 1.05) parts.push(`line busy ${(100 * s.lineUse).toFixed(0)} % of the time at ${s.baud} baud`);
  else if (s.lineUse !== null) parts.push(`faster than ${s.baud} baud allows (a pseudo-terminal?)`);
  const verified = {
    none: 'not verified (--no-verify)', crc: 'verified (device CRC)', read: 'verified (read back)', packets: 'each packet checked (CRC-32)',
  }[s.verified];
  const into = s.target === 'sram' ? 'loaded into SRAM (it runs until the next reset; --isp-stub writes flash)' : null;
  const ran = s.started ? `started at 0x${board.flash.base.toString(16).padStart(8, '0')}` : 'left in the bootloader (--no-run)';
  return `${parts.join(', ')}; ${[into, verified, ran].filter(Boolean).join('; ')}.`;
}
