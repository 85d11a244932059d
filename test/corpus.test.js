// The differential corpus (test/corpus/): every program is run under Node and on
// each QEMU board, and must print the same bytes and exit with the same status,
// or be refused at build time. The expected output is Node's, taken now.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { decodeModule } from '../codegen/wasm/decode.js';
import { CORPUS_MIN_HEAP, runCorpus, summaryLine } from './support/corpus.js';
import { QEMU_BOARDS } from './support/paths.js';
import { CASES } from './support/translator-cases.js';
import { wat } from './support/wasm-diff.js';

const MIN_AGREE = 0.9;

/*
 * Programs known to differ from Node, each for a reason still open in issue 3.
 * They are run like every other program, and the test fails if one of them
 * starts to agree (take it off this list then) or differs on a board where it
 * is not expected to. Any other difference fails the test.
 */
const KNOWN_DIFFERENCES = {};

/*
 * The programs refused at build time, each with the file:line:col and the text its
 * message must hold. A program that starts being refused, or starts compiling, or
 * is refused for another reason fails the test (update this list with the change).
 */
const EXPECTED_REFUSALS = {
  'callbacks/closure-counter': 'closure-counter.ts:4:18: error: a nested function that may outlive its call uses a local of its enclosing function: `n` belongs to function makeCounter',
  'porffor-known/async-await': 'async-await.ts:2:1: error: async functions and await are not supported yet',
  'porffor-known/closure-returned': 'closure-returned.ts:3:21: error: a nested function that may outlive its call uses a local of its enclosing function: `n` belongs to function adder',
  'porffor-known/function-bind': 'function-bind.ts:4:27: error: this part of the standard library is not supported yet: Function.prototype.bind',
  'porffor-known/function-call': 'function-call.ts:5:45: error: this part of the standard library is not supported yet: Function.prototype.call',
  'porffor-known/generators': 'generators.ts:2:1: error: generator functions are not supported yet',
  'porffor-known/import-meta': 'import-meta.ts:4:17: error: the meta property import.meta cannot be compiled',
  'porffor-known/locale-compare': 'locale-compare.ts:2:46: error: this part of the standard library is not supported yet: String.prototype.localeCompare',
  'porffor-known/super-static': 'super-static.ts:3:66: error: `super` in a static method or static block is not supported yet',
};

let corpus;

test('every corpus program agrees with Node or is refused at build time, on every QEMU board', async () => {
  corpus = await runCorpus({ boards: QEMU_BOARDS });
  const { results, summary, programs } = corpus;
  assert.ok(programs >= 150, `the corpus has ${programs} programs; the issue asks for at least 150`);
  const report = QEMU_BOARDS.map((b) => summaryLine(b, summary[b]));
  process.stdout.write(`\n  corpus of ${programs} programs (arenas of at least ${CORPUS_MIN_HEAP / 1024} KiB; ` +
    'each built with the board\'s own flags on one board in turn, at -Og on the others):\n' +
    report.map((l) => `    ${l}\n`).join(''));

  // refusals: exactly the expected programs, each with its expected message
  const refused = new Map(results.filter((r) => r.outcome === 'refused').map((r) => [r.id, r.reason]));
  assert.equal([...refused.keys()].sort(), Object.keys(EXPECTED_REFUSALS).sort(), 'the programs refused at build time');
  for (const [id, expected] of Object.entries(EXPECTED_REFUSALS)) {
    assert.ok(refused.get(id).includes(expected), `${id} is refused with\n  ${refused.get(id)}\nexpected\n  ${expected}`);
  }

  const differ = results.filter((r) => r.outcome === 'differ');
  const unexpected = differ.filter((r) => !KNOWN_DIFFERENCES[r.id]).map((r) => `${r.id} on ${r.board}: ${r.reason}`);
  assert.equal(unexpected, [], `programs that differ from Node:\n${unexpected.join('\n')}`);

  const fixed = Object.keys(KNOWN_DIFFERENCES).filter((id) => !differ.some((r) => r.id === id));
  assert.equal(fixed, [], 'known differences that no longer differ on any board: remove them from KNOWN_DIFFERENCES');
  if (differ.length) {
    process.stdout.write(`  known differences (open in issue 3):\n${Object.entries(KNOWN_DIFFERENCES)
      .map(([id, why]) => `    ${id}: ${why}\n`).join('')}`);
  }

  // every program is built once exactly as `helix-sdk build` builds it, taking the boards in turn (corpusOptimize)
  const built = new Set(results.filter((r) => r.outcome !== 'refused').map((r) => r.id));
  for (const id of built) {
    const shipped = results.filter((r) => r.id === id && r.optimize === 'board');
    assert.is(shipped.length, 1, `${id}: built with the board's own flags on ${shipped.length} boards`);
  }
  for (const b of QEMU_BOARDS) {
    const shipped = results.filter((r) => r.board === b && r.optimize === 'board').length;
    assert.ok(shipped >= Math.floor(built.size / QEMU_BOARDS.length), `${b}: only ${shipped} programs at the board's flags`);
  }

  for (const b of QEMU_BOARDS) {
    const share = summary[b].agree / programs;
    assert.ok(share >= MIN_AGREE, `${b}: only ${(share * 100).toFixed(1)} % of programs agree (at least ${MIN_AGREE * 100} % must)`);
  }
});

test('every instruction Porffor emits for the corpus is covered by a translator unit case', () => {
  assert.ok(corpus, 'the corpus ran');
  const tested = new Set();
  for (const c of CASES) for (const f of decodeModule(wat(c.wat)).funcs) for (const ins of f.body) tested.add(ins.op.name);
  const untested = [...corpus.opcodes].filter((op) => !tested.has(op)).sort();
  assert.equal(untested, [], 'add a case to test/support/translator-cases.js for each of these');
  assert.ok(corpus.opcodes.size > 50, `${corpus.opcodes.size} distinct instructions seen`);
});

test.run();
