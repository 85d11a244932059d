// helix-sdk monitor: a serial console for a board. What the board prints goes
// to stdout with its crash reports decoded to TypeScript file:line; what you
// type goes to the board. When the port goes away (the board resets and its USB
// serial re-enumerates, or the cable is pulled) it waits and reconnects.

import fs from 'node:fs';
import path from 'node:path';

import { findToolchain } from '../../../codegen/toolchain.js';
import { boardDirs, loadBoard, loadTarget } from '../../board/load.js';
import { FlashError } from '../../flash/errors.js';
import { openSerialLine } from '../../flash/serial-line.js';
import { crashAnnotator, crashDecoder } from '../../monitor/crash-decoder.js';
import { loadCompiler } from '../compiler.js';

export const command = 'monitor [app]';
export const describe = 'open a board\'s serial console, decoding crash reports to TypeScript lines; reconnects when the board resets';

const QUIT = 0x1d; // Ctrl-]

export function builder(y) {
  return y
    .positional('app', { describe: 'the application running on the board (to decode crash reports from its build)', type: 'string' })
    .options({
      port: { alias: 'p', describe: 'the board\'s serial port', type: 'string', demandOption: 'Pass --port <device>.', default: process.env.HELIX_PORT || undefined, defaultDescription: '$HELIX_PORT' },
      baud: { describe: 'line rate', type: 'number', defaultDescription: 'the board\'s [console] baud, else 115200' },
      board: { alias: 'b', describe: 'the board (for its baud, and with <app> to find the build)', type: 'string', default: process.env.HELIX_BOARD || undefined },
      elf: { describe: 'the firmware ELF to decode crash reports with (default: build/<board>/<app>.elf)', type: 'string' },
      'out-dir': { alias: 'o', describe: 'where <app> was built', type: 'string', defaultDescription: 'build/<board>' },
      wait: { describe: 'if the port is not there yet (a board still enumerating), wait for it instead of failing', type: 'boolean', default: false },
    })
    .example('$0 monitor examples/blinky -b nucleo-f411re -p /dev/ttyACM0', 'console of the flashed blinky, crashes decoded')
    .example('$0 monitor -p /dev/ttyUSB0 --baud 9600', 'a plain serial console')
    .epilogue('Ctrl-] quits (so does Ctrl-C when input is not a terminal). Status lines go to stderr, the board\'s output to stdout.');
}

async function findElf(argv) {
  if (argv.elf) return argv.elf;
  if (!argv.app || !argv.board) return null;
  const { appName, resolveEntry } = await loadCompiler();
  const entry = resolveEntry(argv.app);
  const out = path.resolve(argv.outDir ?? path.join('build', path.basename(argv.board, '.toml')));
  return path.join(out, `${appName(argv.app, entry)}.elf`);
}

export async function handler(argv) {
  const board = argv.board ? loadBoard(argv.board, { dirs: boardDirs() }) : null;
  const baud = argv.baud ?? board?.console?.baud ?? 115200;
  const elf = await findElf(argv);
  const status = (msg) => process.stderr.write(`--- ${msg} ---\n`);
  let decoder = null;
  if (elf && fs.existsSync(elf)) {
    decoder = crashDecoder({ elf, addr2line: findToolchain(board ? board.target : guessTarget(elf)).addr2line });
  } else if (elf) {
    status(`no build at ${elf}: crash reports will not be decoded (build the app, or pass --elf)`);
  }
  const annotator = crashAnnotator(decoder ?? { explain: async () => ['    (pass the app and --board, or --elf, to decode these addresses)'] },
    (text) => process.stdout.write(text));

  let line = null;
  let quitting = false;
  const quit = async (code = 0) => {
    quitting = true;
    await annotator.flush();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    await line?.close();
    process.exit(code);
  };

  const connect = async () => {
    line = await openSerialLine({ path: argv.port, baudRate: baud, onData: annotator.push, onClose: () => {
      if (quitting) return;
      line = null;
      status(`${argv.port} disconnected; waiting for it to come back (Ctrl-] quits)`);
      reconnect();
    } });
  };
  const reconnect = async (then = `reconnected to ${argv.port}`) => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      if (quitting) return;
      try {
        await connect();
        status(then);
        return;
      } catch (e) {
        if (!(e instanceof FlashError) || !['no-port', 'busy', 'port'].includes(e.kind)) {
          status(`${e.message}${e.hint ? `; ${e.hint}` : ''}`);
          return quit(e.exitCode ?? 1);
        }
      }
    }
  };

  const started = `monitor on ${argv.port} at ${baud} baud${decoder ? `, decoding crashes with ${path.relative(process.cwd(), elf)}` : ''}; Ctrl-] quits`;
  try {
    await connect();
    status(started);
  } catch (e) {
    if (!(e instanceof FlashError)) throw e;
    if (!(argv.wait && e.kind === 'no-port')) {
      process.stderr.write(`error: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`);
      process.exit(e.exitCode);
    }
    status(`waiting for ${argv.port} to appear (Ctrl-C quits)`);
    reconnect(started);
  }

  process.on('SIGINT', () => quit(0));
  process.on('SIGTERM', () => quit(0));
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  process.stdin.on('data', (d) => {
    if (process.stdin.isTTY && d.includes(QUIT)) return quit(0);
    line?.write(d).catch(() => {});
  });
}

/** The target of an ELF given by --elf without --board, from its machine field. */
function guessTarget(elf) {
  const machine = fs.readFileSync(elf).readUInt16LE(18);
  const name = { 40: 'thumbv7em', 243: 'riscv64', 62: 'x86_64' }[machine];
  if (!name) throw new FlashError('board', `cannot tell the target of ${elf} (ELF machine ${machine}); pass --board`);
  return loadTarget(name);
}
