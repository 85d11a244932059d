// The SDK's caches (objects, patched Porffor copies) keep what was used last
// and drop the rest, so they do not grow without end.

import fs from 'node:fs';

/**
 * Remove all but the `keep` most recent of `paths`, by the modification time of `stampOf(path)`.
 * Errors are ignored: another build may be pruning the same cache.
 * @param {string[]} paths files or directories
 * @param {number} keep
 * @param {(p: string) => string} [stampOf] the file whose time counts (default the path itself)
 */
export function keepNewest(paths, keep, stampOf = (p) => p) {
  if (paths.length <= keep) return;
  const dated = [];
  for (const p of paths) {
    try { dated.push({ p, t: fs.statSync(stampOf(p)).mtimeMs }); } catch { /* just removed */ }
  }
  dated.sort((a, b) => b.t - a.t);
  for (const { p } of dated.slice(keep)) {
    try { fs.rmSync(p, { recursive: true, force: true }); } catch { /* already gone */ }
  }
}
