// The SDK's caches. The object cache (codegen/object-cache.js): a build in a
// fresh directory links the kernel objects an earlier build with the same board
// settings compiled, and gets the same image; other settings compile their own;
// a cache that cannot be written only costs time. The patched Porffor copies
// (codegen/porffor-patches/index.js): old ones do not pile up.

import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { buildFirmware } from '../codegen/build.js';
import { pruneCopies } from '../codegen/porffor-patches/index.js';
import { loadBoard } from '../sdk/board/load.js';
import { tempDir } from './support/host-build.js';
import { FIXTURES } from './support/paths.js';

const APP = path.join(FIXTURES, 'c', 'crash-app.c');

/** Build the C fixture into a fresh directory; returns the .bin and how many files were compiled, of how many. */
async function build(board, cacheDir) {
  const saved = process.env.HELIX_OBJECT_CACHE;
  process.env.HELIX_OBJECT_CACHE = cacheDir;
  let detail = '';
  try {
    const fw = await buildFirmware({
      board, name: 'cached', appSources: [APP], outDir: tempDir('helix-cache-build-'),
      onStage: (stage, ms, d) => { if (stage === 'compile') detail = d; },
    });
    const [compiled, of] = /^(\d+) of (\d+) files compiled$/.exec(detail).slice(1).map(Number);
    return { bin: fs.readFileSync(fw.bin), compiled, of };
  } finally {
    if (saved === undefined) delete process.env.HELIX_OBJECT_CACHE;
    else process.env.HELIX_OBJECT_CACHE = saved;
  }
}

test('a build in a new directory reuses the kernel objects of an earlier one with the same settings', async () => {
  const cache = tempDir('helix-object-cache-');
  const board = loadBoard('qemu-mps2-an386');
  const first = await build(board, cache);
  assert.is(first.compiled, first.of, 'the first build compiles everything');
  assert.ok(fs.readdirSync(cache).filter((f) => f.endsWith('.o')).length >= first.of - 2, 'its kernel objects were kept');

  const second = await build(board, cache);
  assert.is(second.compiled, 2, 'only the program and its pools table are compiled again');
  assert.ok(second.bin.equals(first.bin), 'the image is the same');

  // a different arena size is a different -D for every kernel file: nothing to reuse
  const other = await build(loadBoard(path.join(FIXTURES, 'boards', 'small-heap.toml')), cache);
  assert.ok(other.compiled > 2 + 10, `${other.compiled} of ${other.of} compiled for other settings`);
});

test('a cache directory that cannot be written costs only time', async () => {
  const blocked = path.join(tempDir('helix-object-cache-'), 'not-a-dir');
  fs.writeFileSync(blocked, 'a file where the cache directory would go');
  const board = loadBoard('qemu-mps2-an386');
  const a = await build(board, blocked);
  const b = await build(board, blocked);
  assert.is(b.compiled, b.of, 'nothing could be reused');
  assert.ok(a.bin.equals(b.bin));
});

test('patched Porffor copies of earlier patch sets are removed, but for the newest three', () => {
  const root = tempDir('helix-porffor-copies-');
  const made = [];
  for (let i = 0; i < 6; i++) {
    const dir = path.join(root, `0.61.13-old${i}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.complete'), 'patches');
    const t = new Date(Date.UTC(2026, 0, 1 + i));
    fs.utimesSync(path.join(dir, '.complete'), t, t);
    made.push(dir);
  }
  const current = path.join(root, '0.61.13-current');
  fs.mkdirSync(current);
  fs.writeFileSync(path.join(current, '.complete'), 'patches');
  fs.utimesSync(path.join(current, '.complete'), new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
  const staging = path.join(root, '0.61.13-next.tmp-123'); // another process still copying
  fs.mkdirSync(staging);

  pruneCopies(root, current);
  assert.equal(fs.readdirSync(root).sort(), ['0.61.13-current', '0.61.13-next.tmp-123', '0.61.13-old3', '0.61.13-old4', '0.61.13-old5']);
});

test.run();
