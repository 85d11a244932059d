// helix-sdk run: build, boot in QEMU, stream the console, exit with the firmware's status.

import { formatSizeTable } from '../../../codegen/size-report.js';
import { findToolchain } from '../../../codegen/toolchain.js';
import { loadCompiler } from '../compiler.js';
import { crashAnnotator, crashDecoder } from '../../monitor/crash-decoder.js';
import { EXIT, requireEmulator, runQemu } from '../../qemu/run.js';
import { appPositional, buildOptions } from '../options.js';
import { stagePrinter, startPrinter } from '../progress.js';
import { formatStatsTable } from '../stats-table.js';

export const command = 'run <app>';
export const describe = 'build an application and run it in QEMU, with the console on stdin/stdout';

export function builder(y) {
  return y
    .positional('app', appPositional)
    .options({
      ...buildOptions,
      timeout: {
        alias: 't',
        describe: 'seconds of wall time before QEMU is stopped (exit status 124)',
        type: 'number',
        default: 60,
      },
      stats: {
        describe: 'print what the kernel measured per task when the program ends (activations, CPU time, ' +
          'response and latency maxima, deadline misses, budget overruns, stack use)',
        type: 'boolean',
        default: false,
      },
    })
    .example('$0 run examples/hello --board qemu-x86_64', '')
    .example('echo hi | $0 run app.ts -b qemu-virt-riscv64', 'stdin is typed into the console UART')
    .example('$0 run examples/tasks --board qemu-mps2-an386 --stats', 'show each task\'s timing when it ends')
    .epilogue([
      'Exit status:',
      '  0    the program finished',
      '  1    an uncaught error (printed as "Uncaught <Name>: <message>")',
      '  2    the build failed (type error, unsupported construct, bad board file, missing toolchain)',
      '  3    the firmware crashed (CPU fault, WebAssembly trap, stack overflow or deadlock; a report is printed)',
      '  4    QEMU could not run the firmware',
      '  124  the timeout passed; QEMU was stopped',
      'QEMU runs with -icount, so time inside the firmware is deterministic.',
    ].join('\n'));
}

const MEANING = {
  [EXIT.UNCAUGHT]: 'uncaught error',
  [EXIT.CRASH]: 'crash',
  [EXIT.EMULATOR]: 'emulator failure',
  [EXIT.TIMEOUT]: 'timeout',
};

export async function handler(argv) {
  const { buildApp } = await loadCompiler();
  const r = await buildApp({ input: argv.app, board: argv.board, scheduler: argv.scheduler, outDir: argv.outDir, onStage: stagePrinter(argv), onStart: (info) => {
    requireEmulator(info.board); // a real board: say so before the slow stages
    startPrinter(argv.app, argv)(info);
  } });
  if (!argv.quiet) {
    process.stderr.write(`Running ${r.name} on ${r.board.name} (QEMU ${r.board.qemu?.machine}, timeout ${argv.timeout} s)\n`);
  }
  // A crash report's addresses are decoded to functions and TypeScript lines as it is printed.
  const annotator = crashAnnotator(crashDecoder({ elf: r.elf, addr2line: findToolchain(r.board.target).addr2line }),
    (text) => process.stdout.write(text));
  const result = await runQemu(r.board, r.elf, { timeout: argv.timeout, stdin: process.stdin, onOutput: annotator.push });
  await annotator.flush();
  if (result.note) process.stderr.write(`helix-sdk: ${result.note}\n`);
  if (!argv.quiet && result.heap) process.stderr.write(`${formatSizeTable(r.size, r.board, result.heap)}\n`);
  if (argv.stats) process.stderr.write(`${formatStatsTable(result.sched)}\n`);
  if (result.status !== EXIT.OK && !argv.quiet) {
    process.stderr.write(`helix-sdk: firmware exited with status ${result.status}${MEANING[result.status] ? ` (${MEANING[result.status]})` : ''}\n`);
  }
  process.exit(result.status);
}
