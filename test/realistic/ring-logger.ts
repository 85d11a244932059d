// Flight-recorder style logger for a sensor node: a fixed-capacity ring buffer of log records
// that overwrites the oldest entries, with severity filtering, iteration from oldest to newest,
// and a dump routine that drains entries to the "UART" as text.

enum Severity {
  Trace = 0,
  Debug,
  Info,
  Warn,
  Error,
  Fatal,
}

const SEVERITY_TAGS: readonly string[] = ["TRC", "DBG", "INF", "WRN", "ERR", "FTL"];

interface LogRecord {
  readonly seq: number;
  readonly tick: number;
  readonly severity: Severity;
  readonly source: string;
  readonly text: string;
}

class RingBuffer<T> implements Iterable<T> {
  private readonly slots: Array<T | undefined>;
  private head = 0; // next write position
  private count = 0;
  private dropped = 0;

  constructor(readonly capacity: number) {
    this.slots = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }
  get overwritten(): number {
    return this.dropped;
  }

  push(item: T): void {
    this.slots[this.head] = item;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    else this.dropped++;
  }

  // index 0 is the oldest element
  at(i: number): T | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const start = (this.head - this.count + this.capacity) % this.capacity;
    return this.slots[(start + i) % this.capacity];
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const start = (this.head - this.count + this.capacity) % this.capacity;
    const item = this.slots[start];
    this.slots[start] = undefined;
    this.count--;
    return item;
  }

  clear(): void {
    while (this.count > 0) this.shift();
  }

  [Symbol.iterator](): Iterator<T> {
    return new RingIterator<T>(this);
  }
}

class RingIterator<T> implements Iterator<T> {
  private index = 0;
  constructor(private readonly ring: RingBuffer<T>) {}
  next(): IteratorResult<T> {
    if (this.index < this.ring.size) {
      const value = this.ring.at(this.index++) as T;
      return { done: false, value };
    }
    return { done: true, value: undefined };
  }
}

// An iterable view that yields only records at or above a severity.
class SeverityFilter implements Iterable<LogRecord> {
  constructor(private readonly source: RingBuffer<LogRecord>, private readonly min: Severity) {}
  [Symbol.iterator](): Iterator<LogRecord> {
    return new FilterIterator(this.source[Symbol.iterator](), this.min);
  }
}

class FilterIterator implements Iterator<LogRecord> {
  constructor(private readonly inner: Iterator<LogRecord>, private readonly min: Severity) {}
  next(): IteratorResult<LogRecord> {
    for (;;) {
      const r = this.inner.next();
      if (r.done) return r;
      if (r.value.severity >= this.min) return r;
    }
  }
}

class Logger {
  private seq = 0;
  private readonly perSeverity = new Uint16Array(6);
  constructor(private readonly ring: RingBuffer<LogRecord>, public threshold: Severity = Severity.Debug) {}

  log(tick: number, severity: Severity, source: string, text: string): boolean {
    this.perSeverity[severity]++;
    if (severity < this.threshold) return false;
    this.ring.push({ seq: this.seq++, tick, severity, source, text });
    return true;
  }
  countOf(s: Severity): number {
    return this.perSeverity[s];
  }
}

function format(r: LogRecord): string {
  const t = (r.tick / 1000).toFixed(3).padStart(8, " ");
  return `${String(r.seq).padStart(4, "0")} ${t} ${SEVERITY_TAGS[r.severity]} ${r.source.padEnd(5, ".")} ${r.text}`;
}

// deterministic pseudo-random source
let rngState = 0x2545f491;
function rand(): number {
  rngState ^= rngState << 13;
  rngState ^= rngState >>> 17;
  rngState ^= rngState << 5;
  return rngState >>> 0;
}

const SOURCES = ["adc", "radio", "pmu", "i2c", "app"];

function simulate(logger: Logger, ticks: number): void {
  let tick = 0;
  for (let i = 0; i < ticks; i++) {
    tick += 37 + (rand() % 50);
    const r = rand();
    const sev = (r & 0xff) < 120 ? Severity.Trace : (r & 0xff) < 190 ? Severity.Debug : (r & 0xff) < 230 ? Severity.Info : (r & 0xff) < 248 ? Severity.Warn : (r & 0xff) < 254 ? Severity.Error : Severity.Fatal;
    const src = SOURCES[(r >>> 8) % SOURCES.length];
    const value = (r >>> 16) & 0x3ff;
    let text: string;
    switch (sev) {
      case Severity.Trace:
      case Severity.Debug:
        text = `sample=${value}`;
        break;
      case Severity.Info:
        text = `state ok v=${(value / 310).toFixed(2)}V`;
        break;
      case Severity.Warn:
        text = `retry #${value & 7}`;
        break;
      default:
        text = `code 0x${value.toString(16).toUpperCase().padStart(4, "0")}`;
    }
    logger.log(tick, sev, src, text);
  }
}

function main(): void {
  const ring = new RingBuffer<LogRecord>(16);
  const logger = new Logger(ring, Severity.Debug);
  simulate(logger, 60);
  console.log("size", ring.size, "overwritten", ring.overwritten, "capacity", ring.capacity);
  for (let s = Severity.Trace; s <= Severity.Fatal; s++) {
    console.log(`count ${Severity[s]} = ${logger.countOf(s)}`);
  }

  console.log("-- all records, oldest first");
  for (const rec of ring) console.log(format(rec));

  console.log("-- warn and above");
  let n = 0;
  for (const rec of new SeverityFilter(ring, Severity.Warn)) {
    console.log(format(rec));
    n++;
  }
  console.log("warn+ count", n);

  // spread the iterable into an array and use array methods on it
  const all = [...ring];
  const bySource = new Map<string, number>();
  all.forEach((r) => bySource.set(r.source, (bySource.get(r.source) ?? 0) + 1));
  const sources = [...bySource.keys()].sort();
  for (const s of sources) console.log("source", s, bySource.get(s));

  const infoPlus = [...new SeverityFilter(ring, Severity.Info)];
  const seqs = infoPlus.map((r) => r.seq).join(",");
  console.log("info+ seqs", seqs);
  const span = all.length > 1 ? all[all.length - 1].tick - all[0].tick : 0;
  console.log("span ms", span, "avg gap", (span / Math.max(1, all.length - 1)).toFixed(2));

  const [first, second, ...rest] = all;
  console.log("first", first?.seq, "second", second?.seq, "rest", rest.length);
  const worst = all.reduce((a, b) => (b.severity > a.severity ? b : a), all[0]);
  console.log("worst", SEVERITY_TAGS[worst.severity], worst.seq, worst.text);

  // raise the threshold and keep logging, then drain
  logger.threshold = Severity.Warn;
  simulate(logger, 40);
  console.log("after second burst size", ring.size, "overwritten", ring.overwritten);
  let drained = 0;
  let rec: LogRecord | undefined;
  while ((rec = ring.shift()) !== undefined) {
    if (drained < 6) console.log("drain", format(rec));
    drained++;
  }
  console.log("drained", drained, "size now", ring.size, "at(0)", ring.at(0) === undefined);

  // iterating an empty ring yields nothing; a manual iterator reports done immediately
  const it = ring[Symbol.iterator]();
  const r0 = it.next();
  console.log("empty iterator done", r0.done === true, [...ring].length);
  ring.push({ seq: 999, tick: 1, severity: Severity.Info, source: "app", text: "restart" });
  ring.clear();
  console.log("cleared", ring.size, logger.countOf(Severity.Fatal) + logger.countOf(Severity.Error));
}

main();
