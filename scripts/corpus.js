#!/usr/bin/env node
// Run the differential corpus by hand while working on the compiler:
//   node scripts/corpus.js [--boards host,qemu-mps2-an386,...] [--board-flags] [--realistic] [--verbose] [filter]
// The test suite runs the same harness on every QEMU board (test/corpus.test.js).
// --board-flags: compile every program's C with the boards' own flags (the suite
// does that on one board per program, in turn, and uses -Og on the others).
// --realistic: the realistic corpus (test/realistic/), with the boards' own arenas.

import { HOST, REALISTIC_DIR, runCorpus, summaryLine } from '../test/support/corpus.js';
// Boards: host (native build with the real kernel), v8 (Porffor's Wasm in V8), or any QEMU board.

const args = process.argv.slice(2);
const boardsArg = args.find((a) => a.startsWith('--boards='))?.slice(9) ?? HOST;
const verbose = args.includes('--verbose');
const boardFlags = args.includes('--board-flags');
const realistic = args.includes('--realistic');
const filter = args.find((a) => !a.startsWith('--'));
const boards = boardsArg === 'all' ? [HOST, 'qemu-mps2-an386', 'qemu-virt-riscv64', 'qemu-x86_64'] : boardsArg.split(',');

const t0 = Date.now();
const { results, summary, programs } = await runCorpus({
  boards, filter, boardFlags, ...(realistic ? { dir: REALISTIC_DIR, boardArena: true } : {}), log: (line) => { if (verbose || !/: agree$/.test(line)) process.stderr.write(`${line}\n`); },
});
process.stdout.write(`\n${programs} programs, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
for (const b of boards) process.stdout.write(`${summaryLine(b, summary[b])}\n`);
process.exitCode = results.some((r) => r.outcome === 'differ') ? 1 : 0;
