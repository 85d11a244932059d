// Fixed-block memory pools of a network stack (packet buffers), simulated over one
// ArrayBuffer: each pool carves its region into equal blocks, keeps the free list as a
// stack of block indices in a Uint16Array, stamps a guard word at the end of every block,
// and reports usage, high-water marks and fragmentation across the pools.

const ARENA_BYTES = 8192;
const GUARD = 0xdeadbeef;
const NONE = 0xffff;

interface PoolConfig {
  readonly name: string;
  readonly blockSize: number; // payload bytes, multiple of 4
  readonly count: number;
}

interface Handle {
  readonly pool: number;
  readonly index: number;
  readonly offset: number; // byte offset in the arena
  readonly size: number;
}

class PoolError extends Error {
  constructor(message: string, readonly pool: string) {
    super(message);
    this.name = "PoolError";
  }
}

class BlockPool {
  private readonly free: Uint16Array;
  private top: number; // number of free entries on the stack
  private readonly inUse: Uint8Array;
  private highWater = 0;
  failures = 0;
  readonly stride: number;

  constructor(private readonly arena: ArrayBuffer, readonly base: number, readonly cfg: PoolConfig) {
    this.stride = cfg.blockSize + 4; // payload + guard
    this.free = new Uint16Array(cfg.count);
    this.inUse = new Uint8Array(cfg.count);
    // push in reverse so index 0 is handed out first
    for (let i = 0; i < cfg.count; i++) this.free[i] = cfg.count - 1 - i;
    this.top = cfg.count;
    const dv = new DataView(arena, base, this.bytes);
    for (let i = 0; i < cfg.count; i++) dv.setUint32(i * this.stride + cfg.blockSize, GUARD, true);
  }

  get bytes(): number {
    return this.stride * this.cfg.count;
  }
  get used(): number {
    return this.cfg.count - this.top;
  }
  get peak(): number {
    return this.highWater;
  }

  alloc(): number {
    if (this.top === 0) {
      this.failures++;
      return NONE;
    }
    const idx = this.free[--this.top];
    this.inUse[idx] = 1;
    this.highWater = Math.max(this.highWater, this.used);
    return idx;
  }

  release(idx: number): void {
    if (idx >= this.cfg.count || this.inUse[idx] === 0) throw new PoolError(`double free of block ${idx}`, this.cfg.name);
    this.inUse[idx] = 0;
    this.free[this.top++] = idx;
  }

  offsetOf(idx: number): number {
    return this.base + idx * this.stride;
  }

  checkGuards(): number[] {
    const dv = new DataView(this.arena, this.base, this.bytes);
    const bad: number[] = [];
    for (let i = 0; i < this.cfg.count; i++) {
      if (dv.getUint32(i * this.stride + this.cfg.blockSize, true) !== GUARD) bad.push(i);
    }
    return bad;
  }

  // longest run of consecutive free blocks (by address)
  largestFreeRun(): number {
    let best = 0;
    let run = 0;
    for (const u of this.inUse) {
      run = u ? 0 : run + 1;
      if (run > best) best = run;
    }
    return best;
  }

  map(): string {
    return Array.from(this.inUse, (u) => (u ? "#" : ".")).join("");
  }
}

class PoolSet {
  readonly arena = new ArrayBuffer(ARENA_BYTES);
  readonly bytes = new Uint8Array(this.arena);
  private readonly pools: BlockPool[] = [];
  private cursor = 0;

  constructor(configs: readonly PoolConfig[]) {
    for (const cfg of configs) {
      const pool = new BlockPool(this.arena, this.cursor, cfg);
      this.cursor += pool.bytes;
      this.cursor = (this.cursor + 7) & ~7; // keep pools 8-byte aligned
      if (this.cursor > ARENA_BYTES) throw new PoolError("arena overflow", cfg.name);
      this.pools.push(pool);
    }
  }

  get reserved(): number {
    return this.cursor;
  }

  // best-fit: the smallest pool whose blocks fit, falling back to bigger ones when empty
  alloc(size: number): Handle | null {
    for (let p = 0; p < this.pools.length; p++) {
      const pool = this.pools[p];
      if (pool.cfg.blockSize < size) continue;
      const idx = pool.alloc();
      if (idx === NONE) continue;
      return { pool: p, index: idx, offset: pool.offsetOf(idx), size };
    }
    return null;
  }

  free(h: Handle): void {
    this.pools[h.pool].release(h.index);
  }

  fill(h: Handle, seed: number): void {
    const view = new Uint8Array(this.arena, h.offset, h.size);
    for (let i = 0; i < view.length; i++) view[i] = (seed + i * 7) & 0xff;
  }

  sum(h: Handle): number {
    return this.bytes.subarray(h.offset, h.offset + h.size).reduce((a, b) => (a + b) & 0xffff, 0);
  }

  report(label: string): void {
    console.log(`-- ${label}`);
    for (const p of this.pools) {
      const frag = p.used === p.cfg.count ? 0 : 1 - p.largestFreeRun() / (p.cfg.count - p.used);
      console.log(
        `${p.cfg.name.padEnd(6)} ${p.map()} used=${p.used}/${p.cfg.count} peak=${p.peak} fail=${p.failures} frag=${frag.toFixed(3)}`,
      );
    }
  }

  guards(): string {
    return this.pools.map((p) => `${p.cfg.name}:${p.checkGuards().join("/") || "ok"}`).join(" ");
  }
}

let rng = 0x1234abcd;
function rand(n: number): number {
  rng ^= rng << 13;
  rng ^= rng >>> 17;
  rng ^= rng << 5;
  return (rng >>> 0) % n;
}

function main(): void {
  const pools = new PoolSet([
    { name: "small", blockSize: 32, count: 8 },
    { name: "medium", blockSize: 128, count: 6 },
    { name: "large", blockSize: 512, count: 4 },
  ]);
  console.log("reserved", pools.reserved, "of", ARENA_BYTES, "0x" + pools.reserved.toString(16));

  const live: Handle[] = [];
  let checksum = 0;
  const sizes = [8, 20, 32, 60, 100, 128, 200, 480, 512, 600];
  for (let round = 0; round < 6; round++) {
    // allocate a burst of packets
    for (let i = 0; i < 10; i++) {
      const size = sizes[rand(sizes.length)];
      const h = pools.alloc(size);
      if (!h) {
        console.log(`round ${round}: alloc ${size} failed`);
        continue;
      }
      pools.fill(h, round * 16 + i);
      checksum = (checksum + pools.sum(h)) >>> 0;
      live.push(h);
    }
    // free a random ~half, in random order
    for (let k = live.length >> 1; k > 0; k--) {
      const [h] = live.splice(rand(live.length), 1);
      pools.free(h);
    }
    pools.report(`round ${round} live=${live.length} checksum=${checksum}`);
  }

  // corrupt a guard with an off-by-four write past a medium block, then detect it
  const victim = live.find((h) => h.pool === 1) ?? pools.alloc(100)!;
  const over = new DataView(pools.arena, victim.offset, 132);
  over.setUint32(128, 0x0badf00d, true);
  console.log("guards", pools.guards());
  over.setUint32(128, GUARD, true);
  console.log("guards repaired", pools.guards());

  try {
    pools.free(victim);
    pools.free(victim);
  } catch (e) {
    if (e instanceof PoolError) console.log(`${e.name} in ${e.pool}: ${e.message}`);
  }
  const idx = live.indexOf(victim);
  if (idx >= 0) live.splice(idx, 1);

  // drain everything and verify the pools are whole again
  const byPool = [0, 0, 0];
  while (live.length) {
    const h = live.pop()!;
    byPool[h.pool]++;
    pools.free(h);
  }
  console.log("drained", byPool.join(","));
  pools.report("empty");

  // a peek at raw arena bytes through different views
  const u32 = new Uint32Array(pools.arena, 0, 4);
  const u16 = new Uint16Array(pools.arena, 32, 2);
  console.log("u32", Array.from(u32, (w) => w.toString(16).padStart(8, "0")).join(" "));
  console.log("guard word via u16", u16[0].toString(16), u16[1].toString(16), u16.byteOffset, u16.length);
}

main();
