// Sensor-fusion glue code of an environmental monitor: generic Result/Option helpers for
// fallible driver reads, a pipeline of sample transforms applied with array methods, a typed
// event bus whose handlers are module-level functions, and higher-order helpers that take
// callbacks and call them immediately (retry, withTiming, tally).

type Ok<T> = { ok: true; value: T };
type Err<E> = { ok: false; error: E };
type Result<T, E> = Ok<T> | Err<E>;
type Option<T> = T | undefined;

const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
const err = <E>(error: E): Err<E> => ({ ok: false, error });

function mapResult<T, U, E>(r: Result<T, E>, f: (v: T) => U): Result<U, E> {
  return r.ok ? ok(f(r.value)) : r;
}
function andThen<T, U, E>(r: Result<T, E>, f: (v: T) => Result<U, E>): Result<U, E> {
  return r.ok ? f(r.value) : r;
}
function unwrapOr<T, E>(r: Result<T, E>, fallback: T): T {
  return r.ok ? r.value : fallback;
}
function optMap<T, U>(o: Option<T>, f: (v: T) => U): Option<U> {
  return o === undefined ? undefined : f(o);
}
function optOr<T>(o: Option<T>, d: T): T {
  return o ?? d;
}
function collect<T, E>(rs: readonly Result<T, E>[]): Result<T[], E> {
  const out: T[] = [];
  for (const r of rs) {
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

// ---- transforms: a pipeline is an array of module-level functions ----
type Transform = (xs: number[]) => number[];

const removeSpikes: Transform = (xs) => xs.filter((x, i, a) => i === 0 || Math.abs(x - a[i - 1]) < 40);
const toCelsius: Transform = (xs) => xs.map((raw) => Math.round(((raw * 3300) / 4095 - 500) / 10 * 100) / 100);
const smooth3: Transform = (xs) => xs.map((_, i, a) => {
  const win = a.slice(Math.max(0, i - 1), Math.min(a.length, i + 2));
  return Math.round((win.reduce((s, v) => s + v, 0) / win.length) * 1000) / 1000;
});
const clamp = (lo: number, hi: number, x: number): number => Math.min(hi, Math.max(lo, x));
const clampRange: Transform = (xs) => xs.map((x) => clamp(-40, 85, x));

function pipe(stages: readonly Transform[], input: number[]): number[] {
  return stages.reduce((acc, stage) => stage(acc), input);
}

// ---- typed event bus ----
interface BusEvents {
  reading: { sensor: string; value: number };
  alarm: { level: number; text: string };
  reset: undefined;
}
type Handler<K extends keyof BusEvents> = (payload: BusEvents[K]) => void;

class EventBus {
  private readonly handlers = new Map<keyof BusEvents, Array<(p: never) => void>>();
  private delivered = 0;
  on<K extends keyof BusEvents>(kind: K, h: Handler<K>): void {
    const list = this.handlers.get(kind) ?? [];
    list.push(h as (p: never) => void);
    this.handlers.set(kind, list);
  }
  emit<K extends keyof BusEvents>(kind: K, payload: BusEvents[K]): number {
    const list = this.handlers.get(kind) ?? [];
    list.forEach((h) => (h as Handler<K>)(payload));
    this.delivered += list.length;
    return list.length;
  }
  get count(): number {
    return this.delivered;
  }
}

let readingSum = 0;
let readingCount = 0;
let maxAlarm = 0;
const alarmTexts: string[] = [];
let resets = 0;

function onReading(p: BusEvents["reading"]): void {
  readingSum += p.value;
  readingCount++;
}
function onReadingLog(p: BusEvents["reading"]): void {
  if (readingCount % 2 === 1) console.log(`  reading ${p.sensor}=${p.value.toFixed(2)}`);
}
function onAlarm({ level, text }: BusEvents["alarm"]): void {
  maxAlarm = Math.max(maxAlarm, level);
  alarmTexts.push(`${"!".repeat(level)}${text}`);
}
function onReset(): void {
  resets++;
  readingSum = 0;
  readingCount = 0;
}

// ---- higher-order helpers that call their callback right away ----
function retry<T, E>(times: number, attempt: (n: number) => Result<T, E>): Result<T, E> {
  let last = attempt(1);
  for (let n = 2; n <= times && !last.ok; n++) last = attempt(n);
  return last;
}
function tally<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  items.forEach((t) => {
    const k = key(t);
    m.set(k, (m.get(k) ?? 0) + 1);
  });
  return m;
}
function withLabel<R>(label: string, body: () => R): R {
  console.log(`[${label}] begin`);
  const r = body();
  console.log(`[${label}] end`);
  return r;
}

// a fake I2C read that fails on some addresses/attempts
function readSensor(addr: number, attempt: number): Result<number, string> {
  if (addr === 0x77) return err(`nack @0x${addr.toString(16)}`);
  if (addr === 0x40 && attempt < 3) return err(`busy @0x${addr.toString(16)} try ${attempt}`);
  return ok(((addr * 37 + attempt * 11) % 1000) + 1200);
}

// state shared with the callbacks handed to retry() and withLabel(): module-level, since
// a callback given to another function must not capture locals (see docs/language.md)
let probeAddr = 0;
function attemptProbe(n: number): Result<number, string> {
  return readSensor(probeAddr, n);
}
const bus = new EventBus();
let samples: number[] = [];
function publishAll(): number {
  samples.forEach((v, i) => {
    bus.emit("reading", { sensor: `t${i % 3}`, value: v });
    if (v > 23.2) bus.emit("alarm", { level: v > 23.6 ? 2 : 1, text: `hot ${v}` });
  });
  return bus.count;
}

function main(): void {
  const raw = [880, 886, 893, 1400, 899, 905, 910, 884, 918, 925, 921, 915, 931, 940];
  const stages: Transform[] = [removeSpikes, toCelsius, smooth3, clampRange];
  const out = pipe(stages, raw);
  console.log("pipeline", out.length, out.join(" "));
  stages.reduce((acc, stage, i) => {
    const r = stage(acc);
    console.log("stage", i, r.length, r.slice(0, 3).join(","), r[r.length - 1]);
    return r;
  }, raw);
  const partial = [removeSpikes, toCelsius].reduce((acc, f) => f(acc), raw);
  console.log("partial", partial.slice(0, 4).join(","), partial.length);

  const addrs = [0x48, 0x40, 0x77, 0x49];
  const results = addrs.map((a) => {
    probeAddr = a;
    return retry(4, attemptProbe);
  });
  results.forEach((r, i) => console.log("addr", addrs[i].toString(16), r.ok ? `ok ${r.value}` : `err ${r.error}`));
  const all = collect(results);
  console.log("collect", all.ok ? all.value.join(",") : `failed: ${all.error}`);
  const good = collect(results.filter((r) => r.ok));
  console.log("collect good", good.ok && good.value.join(","));
  const scaled = mapResult(results[0], (v) => v / 16);
  const chained = andThen(scaled, (v) => (v > 100 ? ok(v.toFixed(3)) : err("too small")));
  console.log("chain", unwrapOr(chained, "n/a"), unwrapOr(mapResult(results[2], (v) => v * 2), -1));

  const table = new Map<string, number>([["temp", 21.5], ["hum", 40]]);
  const get = (k: string): Option<number> => table.get(k);
  console.log("opt", optMap(get("temp"), (t) => t * 1.8 + 32), optOr(get("pres"), 1013.25), optMap(get("none"), (x) => x + 1));

  bus.on("reading", onReading);
  bus.on("reading", onReadingLog);
  bus.on("alarm", onAlarm);
  bus.on("reset", onReset);
  samples = out;
  console.log("published", withLabel("publish", publishAll));
  console.log("avg", (readingSum / readingCount).toFixed(4), "n", readingCount, "max alarm", maxAlarm);
  console.log("alarms", alarmTexts.join("; "));
  const delivered = bus.emit("reset", undefined);
  console.log("after reset", readingSum, readingCount, resets, delivered, bus.count);

  const kinds = tally(results, (r) => (r.ok ? "ok" : r.error.split(" ")[0]));
  for (const [k, n] of kinds) console.log("tally", k, n);
  const byParity = tally(out, (v) => ((Math.round(v * 100) & 1) === 0 ? "even" : "odd"));
  console.log("parity", byParity.get("even") ?? 0, byParity.get("odd") ?? 0);

  const sorted = [...out].sort((a, b) => b - a);
  const [hottest, second = -1, ...others] = sorted;
  console.log("hottest", hottest, second, others.length, Math.min(...others));
  const stats = out.reduce(
    (acc, v) => ({ min: Math.min(acc.min, v), max: Math.max(acc.max, v), sum: acc.sum + v }),
    { min: Infinity, max: -Infinity, sum: 0 },
  );
  console.log("stats", stats.min, stats.max, stats.sum.toFixed(3), out.some((v) => v < 0), out.every((v) => v > 10));
  const idx = out.findIndex((v) => v > 23.5);
  console.log("first > 23.5 at", idx, out.find((v) => v > 30), out.indexOf(out[idx]));
}

main();
