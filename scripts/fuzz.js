#!/usr/bin/env node
// Differential fuzzing of the whole compiler: random, type-correct TypeScript
// programs run under Node and on a board (or the host build); differences are
// confirmed, shrunk and kept.
//
//   npm run fuzz -- --seed S --count N --board B [--from I] [--keep DIR] [--batch K] [--without fam1,fam2]
//                   [--no-shrink] [--max-shrinks M] [--opt -Og] [--list-families] [--print I]
//
// B: host (a Linux build of the same C with the real kernel), qemu-mps2-an386, qemu-virt-riscv64 or qemu-x86_64.
// The last line is always `fuzz: N programs, D differ, R refused`; the exit status is 1 when D > 0.

import { FAMILY_NAMES, FEATURE_NAMES, generateProgram, standaloneSource } from './fuzz/generate.js';
import { DEFAULT_BATCH, runFuzz } from './fuzz/index.js';

function parseArgs(argv) {
  const opts = { seed: '1', count: 100, board: 'host', keep: null, batch: DEFAULT_BATCH, without: [], shrink: true, maxShrinks: 6 };
  const value = (i) => {
    if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++));
    switch (flag) {
      case '--seed': opts.seed = take(); break;
      case '--count': opts.count = Number(take()); break;
      case '--from': opts.from = Number(take()); break;
      case '--board': opts.board = take(); break;
      case '--keep': opts.keep = take(); break;
      case '--batch': opts.batch = Number(take()); break;
      case '--without': opts.without = take().split(',').filter(Boolean); break;
      case '--no-shrink': opts.shrink = false; break;
      case '--max-shrinks': opts.maxShrinks = Number(take()); break;
      case '--confirm': opts.confirm = Number(take()); break;
      case '--shrink-seconds': opts.shrinkSeconds = Number(take()); break;
      case '--opt': opts.opt = take(); break;
      case '--print': opts.print = Number(take()); break;
      case '--only': opts.only = take().split(',').map(Number); break;
      case '--list-families': opts.list = true; break;
      case '-h': case '--help': opts.help = true; break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error('--count must be a whole number');
  if (!Number.isInteger(opts.from ?? 0) || (opts.from ?? 0) < 0) throw new Error('--from must be a whole number');
  if (!Number.isInteger(opts.batch) || opts.batch < 1) throw new Error('--batch must be a positive whole number');
  const unknown = opts.without.filter((f) => !FAMILY_NAMES.includes(f) && !FEATURE_NAMES.includes(f));
  if (unknown.length) {
    throw new Error(`unknown families ${unknown.join(', ')}: the families are ${FAMILY_NAMES.join(', ')}; the features ${FEATURE_NAMES.join(', ')}`);
  }
  return opts;
}

const HELP = `usage: npm run fuzz -- --seed S --count N --board B [--from I] [--keep DIR] [options]
  --board B          host, qemu-mps2-an386, qemu-virt-riscv64 or qemu-x86_64
  --keep DIR         write each difference there: <seed>-<index>.ts (shrunk), .node.txt, .board.txt, .orig.ts, ...
  --batch K          programs per firmware (default ${DEFAULT_BATCH})
  --without F,...    leave construct families out (${FAMILY_NAMES.join(', ')}),
                     or single constructs (${FEATURE_NAMES.join(', ')})
  --no-shrink        keep differences unshrunk
  --max-shrinks M    shrink at most M programs (one per kind of difference first; default 6)
  --confirm C        confirm at most C differences alone (one per kind first; default 24); the rest count unconfirmed
  --opt FLAG         optimisation of the program's C (default: -O1 on host, the board's own flags on QEMU)
  --only I,J,...     run only these programs of the seed (to reproduce or shrink them again)
  --from I           start at program I of the seed (to resume a long run where it stopped)
  --print I          print program I of the seed and exit
  --list-families    print the construct families and exit`;

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`fuzz: ${e.message}\n${HELP}\n`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(`${HELP}\n`);
} else if (opts.list) {
  process.stdout.write(`families: ${FAMILY_NAMES.join(' ')}\nfeatures: ${FEATURE_NAMES.join(' ')}\n`);
} else if (opts.print !== undefined) {
  process.stdout.write(standaloneSource(generateProgram(opts.seed, opts.print, { without: opts.without })));
} else {
  const log = (line) => process.stdout.write(`${line}\n`);
  log(`fuzz: seed ${opts.seed}, ${opts.only ? `programs ${opts.only.join(',')}` : `${opts.count} programs`} on ${opts.board}, batches of ${opts.batch}${opts.without.length ? `, without ${opts.without.join(',')}` : ''}`);
  const r = await runFuzz({ ...opts, log });
  for (const e of r.differ) {
    log(`  differs: #${e.program.index} [${e.program.families.join(',')}] ${e.sig}${e.unconfirmed ? ' (in its batch; not confirmed alone)' : ''}${e.shrunk ? ` (shrunk to ${e.shrunk.statements} statements)` : ''}`);
  }
  if (r.batchOnly.length) log(`  ${r.batchOnly.length} differed in a batch only (agree alone): ${r.batchOnly.map((b) => `#${b.program.index}`).join(' ')}`);
  if (r.limits.length) log(`  ${r.limits.length} stopped at a documented memory limit: ${r.limits.map((b) => `#${b.program.index}`).join(' ')}`);
  if (r.generatorErrors.length) log(`  ${r.generatorErrors.length} generator errors: ${r.generatorErrors.map((g) => `#${g.program.index} ${g.reason}`).join('; ')}`);
  log(`rate: ${(r.programs / r.fuzzMinutes).toFixed(1)} programs/minute fuzzing (${r.fuzzMinutes.toFixed(1)} min, ${r.builds} builds); `
    + `${r.rate.toFixed(1)} programs/minute with confirming and shrinking (${r.minutes.toFixed(1)} min)${opts.keep ? `; kept in ${opts.keep}` : ''}`);
  const ph = r.phaseSeconds;
  log(`time in batches: TypeScript to C ${ph.compile.toFixed(0)} s, C to firmware ${ph.build.toFixed(0)} s, runs ${ph.run.toFixed(0)} s`);
  log(`fuzz: ${r.programs} programs, ${r.differ.length} differ, ${r.refused.length} refused`);
  process.exitCode = r.differ.length ? 1 : 0;
}
