#!/usr/bin/env node
// helix-sdk: build TypeScript firmware, run it in QEMU or flash it to a board, and check the toolchain.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

import { BuildError } from '../../codegen/diagnostics.js';
import * as boards from './commands/boards.js';
import * as build from './commands/build.js';
import * as doctor from './commands/doctor.js';
import * as flash from './commands/flash.js';
import * as monitor from './commands/monitor.js';
import * as run from './commands/run.js';

/** Print a user-facing error (no stack trace) and exit with its status. */
function fail(err) {
  if (err instanceof BuildError) {
    process.stderr.write(`${err.format()}\n`);
    process.exit(err.exitCode);
  }
  process.stderr.write(`helix-sdk: internal error: ${err?.message ?? err}\n`);
  if (process.env.HELIX_DEBUG) process.stderr.write(`${err?.stack}\n`);
  else process.stderr.write('This is a bug in helix-sdk. Set HELIX_DEBUG=1 for the stack trace and please report it.\n');
  process.exit(70);
}

process.on('unhandledRejection', fail);

try {
  await yargs(hideBin(process.argv))
    .scriptName('helix-sdk')
    .usage('$0 <command> [options]\n\nWrite firmware in TypeScript; build it for a board; run it in QEMU.')
    .command(build)
    .command(run)
    .command(flash)
    .command(monitor)
    .command(boards)
    .command(doctor)
    .demandCommand(1, 'Name a command: build, run, flash, monitor, boards or doctor.')
    .strict()
    .example('$0 run examples/hello --board qemu-mps2-an386', 'build and boot the hello example on a Cortex-M4')
    .example('$0 build app/ --board qemu-virt-riscv64', 'write ELF, BIN and map files to build/qemu-virt-riscv64/')
    .example('$0 flash examples/blinky -b nucleo-f411re -p /dev/ttyACM0', 'load it through the STM32 bootloader')
    .example('$0 doctor', 'check that compilers and QEMU are installed')
    .epilogue('Docs: docs/architecture.md (how it works), docs/language.md (what TypeScript compiles).')
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`error: ${msg}\nRun \`helix-sdk --help\` for usage.\n`);
      process.exit(2);
    })
    .help()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .parseAsync();
} catch (err) {
  fail(err);
}
