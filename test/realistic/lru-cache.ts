// Block cache of a flash filesystem driver: a generic LRU cache (Map index + doubly linked
// recency list with sentinel nodes) that keeps recently read 64-byte flash pages in RAM,
// counts hits/misses, and writes dirty pages back through an eviction listener interface.

interface EvictionListener<K, V> {
  onEvict(key: K, value: V, dirty: boolean): void;
}

class LruNode<K, V> {
  prev: LruNode<K, V> | null = null;
  next: LruNode<K, V> | null = null;
  dirty = false;
  constructor(public key: K, public value: V) {}
}

interface CacheStats {
  hits: number;
  misses: number;
  evictions: number;
  writebacks: number;
}

class LruCache<K, V> {
  private readonly index = new Map<K, LruNode<K, V>>();
  private readonly head: LruNode<K, V>; // most recent after head
  private readonly tail: LruNode<K, V>;
  private readonly stats: CacheStats = { hits: 0, misses: 0, evictions: 0, writebacks: 0 };

  constructor(readonly capacity: number, private readonly listener?: EvictionListener<K, V>, sentinelKey?: K, sentinelValue?: V) {
    this.head = new LruNode<K, V>(sentinelKey as K, sentinelValue as V);
    this.tail = new LruNode<K, V>(sentinelKey as K, sentinelValue as V);
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get size(): number {
    return this.index.size;
  }
  get hitRate(): number {
    const total = this.stats.hits + this.stats.misses;
    return total === 0 ? 0 : this.stats.hits / total;
  }
  snapshot(): Readonly<CacheStats> {
    return { ...this.stats };
  }

  private detach(n: LruNode<K, V>): void {
    n.prev!.next = n.next;
    n.next!.prev = n.prev;
    n.prev = n.next = null;
  }
  private pushFront(n: LruNode<K, V>): void {
    n.prev = this.head;
    n.next = this.head.next;
    this.head.next!.prev = n;
    this.head.next = n;
  }

  get(key: K): V | undefined {
    const n = this.index.get(key);
    if (n === undefined) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.detach(n);
    this.pushFront(n);
    return n.value;
  }

  peek(key: K): V | undefined {
    return this.index.get(key)?.value;
  }

  set(key: K, value: V, dirty = false): void {
    let n = this.index.get(key);
    if (n) {
      n.value = value;
      n.dirty = n.dirty || dirty;
      this.detach(n);
      this.pushFront(n);
      return;
    }
    if (this.index.size >= this.capacity) this.evictOldest();
    n = new LruNode(key, value);
    n.dirty = dirty;
    this.index.set(key, n);
    this.pushFront(n);
  }

  private evictOldest(): void {
    const victim = this.tail.prev;
    if (!victim || victim === this.head) return;
    this.detach(victim);
    this.index.delete(victim.key);
    this.stats.evictions++;
    if (victim.dirty) this.stats.writebacks++;
    this.listener?.onEvict(victim.key, victim.value, victim.dirty);
  }

  delete(key: K): boolean {
    const n = this.index.get(key);
    if (!n) return false;
    this.detach(n);
    return this.index.delete(key);
  }

  flush(): number {
    let flushed = 0;
    for (let n = this.tail.prev; n && n !== this.head; n = n.prev) {
      if (n.dirty) {
        this.listener?.onEvict(n.key, n.value, true);
        n.dirty = false;
        flushed++;
      }
    }
    return flushed;
  }

  keysByRecency(): K[] {
    const out: K[] = [];
    for (let n = this.head.next; n && n !== this.tail; n = n.next) out.push(n.key);
    return out;
  }
}

// ---- simulated flash: 64 pages x 64 bytes ----
const PAGE = 64;
const PAGES = 64;
const flash = new Uint8Array(PAGE * PAGES);
let flashReads = 0;
let flashWrites = 0;

for (let i = 0; i < flash.length; i++) flash[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;

function readPage(page: number): Uint8Array {
  flashReads++;
  return flash.slice(page * PAGE, (page + 1) * PAGE);
}

class FlashWriteback implements EvictionListener<number, Uint8Array> {
  log: string[] = [];
  onEvict(page: number, data: Uint8Array, dirty: boolean): void {
    if (dirty) {
      flash.set(data, page * PAGE);
      flashWrites++;
      this.log.push(`wb ${page}`);
    } else if (this.log.length < 40) {
      this.log.push(`drop ${page}`);
    }
  }
}

function checksum(buf: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of buf) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class BlockDevice {
  constructor(private readonly cache: LruCache<number, Uint8Array>) {}
  read(page: number): Uint8Array {
    let data = this.cache.get(page);
    if (!data) {
      data = readPage(page);
      this.cache.set(page, data);
    }
    return data;
  }
  writeByte(page: number, offset: number, value: number): void {
    const data = this.read(page);
    data[offset] = value;
    this.cache.set(page, data, true);
  }
}

function main(): void {
  const wb = new FlashWriteback();
  const cache = new LruCache<number, Uint8Array>(8, wb);
  const dev = new BlockDevice(cache);

  // sequential scan twice: the second pass thrashes because 12 pages > 8 slots
  for (let pass = 0; pass < 2; pass++) {
    let sum = 0;
    for (let p = 0; p < 12; p++) sum = (sum + checksum(dev.read(p))) >>> 0;
    console.log("pass", pass, "sum", sum.toString(16), "hits", cache.snapshot().hits, "misses", cache.snapshot().misses);
  }
  console.log("recency", cache.keysByRecency().join(" "));

  // a hot working set with a skewed access pattern
  let seed = 7;
  const hot = [3, 5, 7, 11];
  for (let i = 0; i < 200; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const r = seed >>> 8;
    const page = r % 4 !== 0 ? hot[r % hot.length] : 16 + (r % 40);
    const d = dev.read(page);
    if (i % 25 === 0) console.log(`i=${i} page=${page} first=${d[0]} rate=${(cache.hitRate * 100).toFixed(2)}%`);
    if (i % 9 === 0) dev.writeByte(page, i % PAGE, i & 0xff);
  }
  const s = cache.snapshot();
  console.log("stats", s.hits, s.misses, s.evictions, s.writebacks, "size", cache.size);
  const { hits, misses, ...rest } = s;
  console.log("hit/miss", hits, misses, "other keys", Object.keys(rest).join(","));

  console.log("flushed", cache.flush(), "flash writes", flashWrites, "reads", flashReads);
  console.log("recency", cache.keysByRecency().join(" "));
  console.log("peek 5", cache.peek(5)?.[0], "peek 63", cache.peek(63)?.[0] ?? "none");
  console.log("delete 5", cache.delete(5), cache.delete(5), "size", cache.size);

  const logSummary = new Map<string, number>();
  for (const entry of wb.log) {
    const [kind] = entry.split(" ");
    logSummary.set(kind, (logSummary.get(kind) ?? 0) + 1);
  }
  logSummary.forEach((v, k) => console.log("log", k, v));
  console.log("first log", wb.log.slice(0, 6).join(", "));

  // verify the written-back bytes reached flash
  let mism = 0;
  for (const page of hot) {
    const fresh = readPage(page);
    const cached = cache.peek(page);
    if (cached && checksum(cached) !== checksum(fresh)) mism++;
    console.log("page", page, checksum(fresh).toString(16).padStart(8, "0"), cached ? "cached" : "gone");
  }
  console.log("mismatches", mism);

  // string-keyed cache with a different value type, exercising the generic class again
  const names = new LruCache<string, number>(3, {
    onEvict: (k: string, v: number) => console.log("evict", k, v),
  });
  for (const w of ["adc", "spi", "adc", "i2c", "uart", "spi", "gpio", "adc"]) {
    names.set(w, (names.peek(w) ?? 0) + 1);
  }
  console.log("names", names.keysByRecency().join(","), names.get("adc"), names.get("pwm"));
  console.log("rate", names.hitRate, cache.hitRate.toFixed(4));
}

main();
