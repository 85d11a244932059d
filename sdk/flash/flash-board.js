// Flash a board through its serial port as its board file's [flash] table says:
// open the port, play the reset recipe into the bootloader, run the protocol,
// and leave the modem lines in the board's idle state whatever happened (also
// on Ctrl-C). Presentation is the caller's (sdk/cli/commands/flash.js).

import { FlashError } from './errors.js';
import { playRecipe, resolveReset } from './reset.js';
import { openSerialLine } from './serial-line.js';
import { flashK210 } from './k210-isp.js';
import { flashStm32 } from './stm32-flasher.js';

const PARITY = { 'stm32-uart': 'even', 'k210-isp': 'none' };
const REQUIRED = { 'stm32-uart': ['base', 'sectors', 'chip_id'], 'k210-isp': ['base'] };

/** How to put a board into its bootloader by hand. */
function enterByHand(method) {
  return method === 'k210-isp'
    ? 'hold BOOT (IO16) low while you reset the board, or use a board whose DTR/RTS do it (--reset k210-dan)'
    : 'BOOT0 high, e.g. a jumper from BOOT0 to VDD on a NUCLEO, then reset';
}

/**
 * @param {object} opts
 * @param {object} opts.board a loaded board (sdk/board/load.js) with a [flash] table
 * @param {Buffer} opts.image the BIN
 * @param {string} opts.port
 * @param {number} [opts.baud] default: the board's
 * @param {string} [opts.reset] preset or recipe; default: the board's
 * @param {boolean} [opts.verify]
 * @param {boolean} [opts.run]
 * @param {Buffer} [opts.stub] K210: a flash stub, to write SPI flash instead of loading SRAM
 * @param {(line: string) => void} [opts.trace]
 * @param {(phase: string, done?: number, total?: number) => void} [opts.onProgress]
 * @param {(message: string) => void} [opts.onWarning]
 * @param {object} [opts.timeouts] protocol timeouts in ms (tests shorten them)
 * @param {typeof openSerialLine} [opts.openLine] how the port is opened (tests record the modem lines with their own)
 * @param {AbortSignal} [opts.signal] aborting it (the CLI does on Ctrl-C) leaves the lines idle, closes the port and
 *   rejects with FlashError kind "interrupted"
 */
export async function flashBoard({ board, image, port, baud, reset, verify = true, run = true, stub, trace, onProgress = () => {},
  onWarning = () => {}, timeouts, openLine = openSerialLine, signal }) {
  const flash = board.flash;
  if (stub && flash?.method !== 'k210-isp') throw new FlashError('board', '--isp-stub is for K210 boards (flash method k210-isp)');
  if (!flash) {
    throw new FlashError('board', `board ${board.name} has no [flash] table: helix-sdk does not know how to load it`,
      board.qemu ? `it is a QEMU board: use \`helix-sdk run --board ${board.name}\`` : 'add a [flash] table to its board file (docs/flashing.md)');
  }
  const missing = (REQUIRED[flash.method] ?? []).filter((k) => flash[k] === undefined);
  if (missing.length) {
    throw new FlashError('board', `board ${board.name}'s [flash] table lacks ${missing.join(', ')}, which method ${flash.method} needs`,
      'see docs/flashing.md#board-files');
  }
  const rate = baud ?? flash.baud ?? 115200;
  const recipes = resolveReset(reset ?? flash.reset ?? 'none');
  const line = await openLine({ path: port, baudRate: rate, parity: PARITY[flash.method], trace });
  const settings = `${port} at ${rate} 8${PARITY[flash.method][0].toUpperCase()}1, reset ${reset ?? flash.reset ?? 'none'}`;

  let linesWork = true;
  const lines = async (recipe) => {
    if (!recipe || !linesWork) return;
    linesWork = await playRecipe(line, recipe);
    if (!linesWork) {
      onWarning(`${port} has no DTR/RTS control (a pseudo-terminal, or a USB adapter without modem lines): continuing as ` +
        `--reset none. Put the board in its bootloader by hand (${enterByHand(flash.method)}).`);
    }
  };
  let restored = null;
  const restore = () => (restored ??= lines(recipes.idle).catch(() => {}).then(() => line.close()).catch(() => {}));
  // An interruption ends the protocol where it is: the port is closed under it, and nothing awaits it any more.
  const interruption = () => new FlashError('interrupted', `interrupted: ${port} was closed with its lines in their idle state`,
    'the flash may hold part of the image: flash again');
  let interrupt;
  const interrupted = new Promise((resolve, reject) => { interrupt = reject; });
  interrupted.catch(() => {}); // it may lose the race below
  const onAbort = () => restore().then(() => interrupt(interruption()));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await lines(recipes.enter);
    line.flushInput();
    const started = Date.now();
    const wire = {}; // phase -> bytes on the line (both ways) while it ran
    let phase = null;
    const bytesSoFar = () => line.counters.tx + line.counters.rx;
    const progress = (name, done, total) => {
      if (name !== phase) {
        if (phase) wire[phase] = bytesSoFar() - wire[phase];
        wire[name] = bytesSoFar();
        phase = name;
      }
      onProgress(name, done, total);
    };
    const protocol = runProtocol(flash, { transport: line, image, run, verify, stub, onProgress: progress, timeouts }).catch((e) => {
      throw explain(e, settings, flash.method);
    });
    protocol.catch(() => {}); // after an interruption its failure is nobody's
    const result = await Promise.race([protocol, interrupted]);
    wire[phase] = bytesSoFar() - wire[phase];
    return { ...result, baud: rate, bitsPerByte: PARITY[flash.method] === 'none' ? 10 : 11, ms: Date.now() - started, wire, settings };
  } catch (e) {
    // whatever the closed port made the protocol say, the cause was the interruption
    throw signal?.aborted ? interruption() : e;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await restore();
  }
}

function runProtocol(flash, { transport, image, run, verify, stub, onProgress, timeouts }) {
  switch (flash.method) {
    case 'stm32-uart':
      return flashStm32({ transport, image, base: flash.base, sectors: flash.sectors, chipId: flash.chip_id,
        run, verify: verify ? 'auto' : false, onProgress, timeouts });
    case 'k210-isp':
      return flashK210({ transport, image, base: flash.base, stub, run, onProgress, timeouts });
    default:
      throw new FlashError('board', `flash method "${flash.method}" is not implemented yet`);
  }
}

/** Add what was tried and what to check to the errors a user can act on. */
function explain(e, settings, method) {
  if (!(e instanceof FlashError)) return e;
  const hints = {
    silent: `tried ${settings}. Put the board in its bootloader (${enterByHand(method)}); check that TX and RX are crossed and GND ` +
      'is shared; try a lower --baud',
    garbage: `tried ${settings}. The device answered with bytes that are not the bootloader's: the application is ` +
      'probably running (reset into the bootloader with BOOT0 high), or the baud rate or parity is wrong',
    timeout: `the device stopped answering part way (${settings}); flash again, and lower --baud if it repeats`,
    nack: 'the device refused a command; if it repeats, read-out protection may be active (removing it erases the ' +
      'whole flash: `stm32flash -k <port>`)',
  };
  if (hints[e.kind] && !e.hint) e.hint = hints[e.kind];
  return e;
}
