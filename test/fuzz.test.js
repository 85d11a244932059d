// The differential fuzzer (scripts/fuzz.js): its generator is deterministic and
// type-correct, its shrinker reduces programs, it finds and shrinks an injected
// miscompile, and a fixed set of seeds agrees with Node on every QEMU board.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { C_OPS } from '../codegen/ir/c-ops.js';
import { FAMILY_NAMES, generateProgram, standaloneSource } from '../scripts/fuzz/generate.js';
import { runFuzz } from '../scripts/fuzz/index.js';
import { assignIds, shrink } from '../scripts/fuzz/shrink.js';
import { QEMU_BOARDS } from '../scripts/fuzz/targets.js';
import { args, block, compound, ex, lit, render, stmt } from '../scripts/fuzz/tree.js';
import { typeErrors } from '../scripts/fuzz/typecheck.js';

const progress = (line) => { if (process.env.FUZZ_TEST_VERBOSE) process.stdout.write(`    ${line}\n`); };

test('the same seed gives the same programs, byte for byte; other seeds give other programs', () => {
  for (const seed of ['1', 'abc', '99']) {
    for (let i = 0; i < 12; i++) {
      assert.is(standaloneSource(generateProgram(seed, i)), standaloneSource(generateProgram(seed, i)), `seed ${seed} #${i}`);
    }
  }
  const a = Array.from({ length: 12 }, (_, i) => standaloneSource(generateProgram('1', i)));
  const b = Array.from({ length: 12 }, (_, i) => standaloneSource(generateProgram('2', i)));
  assert.ok(a.every((p, i) => p !== b[i]), 'seed 1 and seed 2 give different programs');
  assert.is(new Set(a).size, a.length, 'the programs of one seed differ from each other');
  // a family left out is never generated
  const without = Array.from({ length: 20 }, (_, i) => generateProgram('1', i, { without: ['typed-arrays', 'classes'] }));
  assert.ok(without.every((p) => !p.families.includes('typed-arrays') && !p.families.includes('classes')));
});

test('every program of a few seeds type-checks, and every construct family is generated', () => {
  const families = new Set();
  const bad = [];
  for (const seed of ['1', '7', 'helix']) {
    for (let i = 0; i < 60; i++) {
      const p = generateProgram(seed, i);
      p.families.forEach((f) => families.add(f));
      const errors = typeErrors(standaloneSource(p));
      if (errors.length) bad.push(`seed ${seed} #${i}: ${errors[0].line}: ${errors[0].message}`);
    }
  }
  assert.equal(bad, [], `ill-typed programs (generator bugs):\n${bad.join('\n')}`);
  assert.equal([...families].sort(), [...FAMILY_NAMES].sort(), 'every family appears in 180 programs');
});

test('the shrinker reduces a program to the statements the predicate needs', async () => {
  const P = '@@_';
  const helper = stmt(`function ${P}helper(x: number): number `, block([stmt('const y: number = ', ex('number', '(x * ', lit('number', 7), ')'), ';'), stmt('return y + 1;')]));
  const unused = stmt(`class ${P}Unused `, block([stmt('n: number = 3;'), stmt('twice(): number { return this.n * 2; }')]));
  const target = stmt('console.log(', args([lit('string', 'target'), ex('number', `${P}helper(`, lit('number', 12), ')')], 1), ');');
  const thenBlock = block([stmt('a++;'), target]);
  const main = stmt(`function ${P}main(): void `, block([
    stmt('let a: number = ', lit('number', 5), ';'),
    stmt('const b: number = ', ex('number', '(a + ', lit('number', 2), ')'), ';'),
    stmt('console.log(', args([lit('string', 'b'), ex('number', 'b')], 1), ');'),
    compound([thenBlock], 'if (a > 2) ', thenBlock),
    stmt('for (let i = 0; i < 3; i++) ', block([stmt('console.log(i);')])),
    stmt(`const u = new ${P}Unused();`),
    stmt('console.log(u.twice());'),
  ]));
  main.keep = true;
  const tree = assignIds(block([helper, unused, main], 'top'));
  const program = { prefix: 'fz0_', tree };
  const needs = (src) => src.includes('console.log("target", fz0_helper(') && typeErrors(src).length === 0;
  let calls = 0;
  const result = await shrink(tree, async (trees) => {
    calls++;
    return trees.map((t) => needs(standaloneSource(program, t)));
  });
  const text = render(result.tree, 'fz0_');
  assert.ok(needs(standaloneSource(program, result.tree)), text);
  // what is left: the helper (one statement: return) and a main with the single print, literals simplified
  assert.is(result.tree.items.length, 2, text);
  const mainBody = result.tree.items[1].c[1].items;
  assert.is(mainBody.length, 1, text);
  assert.match(render(mainBody[0], 'fz0_'), /^console\.log\("target", fz0_helper\(0\)\);$/);
  assert.ok(!text.includes('Unused') && !text.includes('for ('), text);
  assert.ok(calls < 40, `${calls} rounds`);
});

// Host runs: one batch each. The seed and families are chosen so that the clean compiler
// agrees with Node on them (numbers and math only).
const INJECTED = { seed: 'inject-1', count: 8, without: FAMILY_NAMES.filter((f) => f !== 'numbers' && f !== 'math') };

test('an injected miscompile (f64.sub emitted as +) is found and shrunk to a few statements', async () => {
  const original = C_OPS['f64.sub'];
  let faulty;
  try {
    C_OPS['f64.sub'] = (a, b) => `(${a} + ${b})`;
    faulty = await runFuzz({ ...INJECTED, board: 'host', maxShrinks: 1, shrinkSeconds: 240, log: progress });
  } finally {
    C_OPS['f64.sub'] = original;
  }
  assert.ok(faulty.differ.length > 0, 'the injected fault is found');
  const shrunk = faulty.differ.find((d) => d.shrunk)?.shrunk;
  assert.ok(shrunk, 'a difference was shrunk');
  assert.ok(shrunk.statements <= 8, `shrunk to ${shrunk.statements} statements:\n${shrunk.source}`);

  const clean = await runFuzz({ ...INJECTED, board: 'host', shrink: false, log: progress });
  assert.equal(clean.differ.map((d) => `#${d.program.index}: ${d.why}`), [], 'with the rule restored, the same programs agree');
  assert.is(clean.programs, faulty.programs);
});

// The fixed seeds npm test runs on every QEMU board: one batch each, under 3 minutes in all. The C of
// one board is compiled with the board's own flags, the others at -Og (as the corpus does in turn).
const BOARD_RUNS = [
  { board: 'qemu-mps2-an386', seed: 'board-1', opt: '-Og' },
  { board: 'qemu-virt-riscv64', seed: 'board-2', opt: '-Og' },
  { board: 'qemu-x86_64', seed: 'board-3', opt: undefined },
];
const BOARD_COUNT = 12;

test('fixed seeds agree with Node on every QEMU board', async () => {
  assert.equal(BOARD_RUNS.map((r) => r.board), QEMU_BOARDS);
  const problems = [];
  const t0 = Date.now();
  // the boards side by side: one compiles while another's C is in GCC or QEMU (two at most at once)
  const reports = await Promise.all(BOARD_RUNS.map(({ board, seed, opt }) =>
    runFuzz({ seed, count: BOARD_COUNT, board, batch: BOARD_COUNT, shrink: false, confirm: 0, opt, log: progress })));
  BOARD_RUNS.forEach(({ board, seed }, i) => {
    const r = reports[i];
    assert.is(r.generatorErrors.length, 0, `${board}: generator errors ${r.generatorErrors.map((g) => g.reason).join('; ')}`);
    for (const d of r.differ) problems.push(`${board} seed ${seed} #${d.program.index} [${d.program.families.join(',')}]: ${d.why}`);
  });
  process.stdout.write(`\n  fuzz: ${BOARD_COUNT} programs on each QEMU board in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  assert.equal(problems, [], `programs that differ from Node (npm run fuzz -- --seed S --only I --board B --keep DIR shrinks one):\n${problems.join('\n')}`);
});

test.run();
