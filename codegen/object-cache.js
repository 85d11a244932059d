// Objects that do not depend on the program (the kernel, the target's startup
// code, the board's drivers, libm) are the same for every build with the same
// board settings, whatever its output directory. They are kept once, by the hash
// of their command line and inputs, so a second application or a fresh build
// directory links them instead of compiling about 80 files again.
//
// A cache is only a shortcut: when its directory cannot be written (an SDK
// installed read-only), builds compile as before.

import fs from 'node:fs';
import path from 'node:path';

import { SDK_ROOT } from '../sdk/paths.js';
import { keepNewest } from './cache-prune.js';

const DEFAULT_DIR = path.join(SDK_ROOT, 'node_modules', '.cache', 'helix-sdk', 'objects');
/** Past this many objects, the least recently used are removed down to KEEP. */
const LIMIT = 4000;
const KEEP = 3000;

const cacheDir = () => process.env.HELIX_OBJECT_CACHE ?? DEFAULT_DIR;

/**
 * Copy the cached object for `hash` to `object`; false when there is none.
 * @param {string} hash
 * @param {string} object
 */
export function restoreObject(hash, object) {
  const cached = path.join(cacheDir(), `${hash}.o`);
  try {
    fs.copyFileSync(cached, object);
    const now = new Date();
    fs.utimesSync(cached, now, now); // recently used: kept when the cache is pruned
    return true;
  } catch {
    return false;
  }
}

/**
 * Keep a copy of a freshly compiled object under `hash`.
 * @param {string} hash
 * @param {string} object
 */
export function storeObject(hash, object) {
  const dir = cacheDir();
  const cached = path.join(dir, `${hash}.o`);
  const staging = `${cached}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(object, staging);
    fs.renameSync(staging, cached); // atomic: a parallel build sees the whole object or none
  } catch {
    try { fs.rmSync(staging, { force: true }); } catch { /* nothing was written */ }
    return;
  }
  if (Math.random() < 0.02) prune(dir);
}

function prune(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir).filter((f) => f.endsWith('.o'));
  } catch {
    return;
  }
  if (entries.length > LIMIT) keepNewest(entries.map((f) => path.join(dir, f)), KEEP);
}
