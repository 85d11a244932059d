// Byte sizes written the way board files and reports use them.

const UNITS = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "64K" -> 65536, "4M" -> 4194304, 1000 -> 1000. Returns null if unparseable. */
export function parseSize(v) {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : null;
  const m = /^([0-9][0-9_]*)\s*([KMG]?)(?:i?B)?$/.exec(String(v).trim());
  if (!m) return null;
  return Number(m[1].replaceAll('_', '')) * UNITS[m[2]];
}

/** 65536 -> "64 KiB", 1536 -> "1.5 KiB", 100 -> "100 B". */
export function formatSize(bytes) {
  for (const [unit, n] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]]) {
    if (bytes >= n) {
      const v = bytes / n;
      return `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)} ${unit}`;
    }
  }
  return `${bytes} B`;
}
