// A small deterministic pseudo-random generator (sfc32 seeded by a string
// hash), so that the same seed always produces the same programs, byte for
// byte, on every machine and Node version.

function hashString(s) {
  // xmur3
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

export class Rng {
  /** @param {string|number} seed */
  constructor(seed) {
    const h = hashString(String(seed));
    this.a = h(); this.b = h(); this.c = h(); this.d = h();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    Object.assign(this, { a, b, c, d });
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float() { return this.u32() / 4294967296; }

  /** An integer in [lo, hi], both included. */
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }

  chance(p) { return this.float() < p; }

  pick(items) { return items[Math.floor(this.float() * items.length)]; }

  /** Pick from [[weight, value], ...]. */
  weighted(entries) {
    let total = 0;
    for (const [w] of entries) total += w;
    let r = this.float() * total;
    for (const [w, v] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1][1];
  }

  /** A few distinct items, in a random order. */
  sample(items, n) {
    const pool = [...items];
    const out = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(this.float() * pool.length), 1)[0]);
    return out;
  }

  /** A derived generator (an independent stream for a sub-task). */
  fork(tag) { return new Rng(`${this.u32()}:${tag}`); }
}
