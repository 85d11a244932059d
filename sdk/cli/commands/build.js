// helix-sdk build: TypeScript -> firmware files, with a memory-use table.

import path from 'node:path';

import { formatSizeTable } from '../../../codegen/size-report.js';
import { loadCompiler } from '../compiler.js';
import { appPositional, buildOptions } from '../options.js';
import { stagePrinter, startPrinter } from '../progress.js';

export const command = 'build <app>';
export const describe = 'compile an application to firmware (ELF, BIN and map) for a board';

export function builder(y) {
  return y
    .positional('app', appPositional)
    .options(buildOptions)
    .example('$0 build examples/hello --board qemu-mps2-an386', '')
    .epilogue('Stages: type-check (strict TypeScript), bundle (esbuild), porffor (JS -> Wasm), wasm-to-c ' +
      '(our translator), compile and link (the board\'s cross GCC). Exit status 2 if any stage fails.');
}

export async function handler(argv) {
  const { buildApp } = await loadCompiler();
  const r = await buildApp({ input: argv.app, board: argv.board, scheduler: argv.scheduler, outDir: argv.outDir, onStage: stagePrinter(argv), onStart: startPrinter(argv.app, argv) });
  const rel = (f) => path.relative(process.cwd(), f) || f;
  process.stdout.write(`${formatSizeTable(r.size, r.board)}\n`);
  process.stdout.write(`Wrote ${rel(r.elf)}, ${rel(r.bin)} and ${rel(r.map)}\n`);
}
