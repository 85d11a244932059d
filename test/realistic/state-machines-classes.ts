// Two state machines from a handheld device's firmware: a framed serial protocol receiver
// (SYNC, LEN, PAYLOAD, CRC states, with timeouts) and a push-button debouncer that reports
// click / double-click / long-press. Every state is a class with enter/exit/handle.

abstract class State<C, E> {
  abstract readonly name: string;
  enter(_ctx: C): void {}
  exit(_ctx: C): void {}
  abstract handle(ctx: C, ev: E): State<C, E> | undefined;
  toString(): string {
    return `<${this.name}>`;
  }
}

class Machine<C, E> {
  private current: State<C, E>;
  private transitions = 0;
  constructor(private readonly ctx: C, initial: State<C, E>, private readonly tag: string, private readonly trace = true) {
    this.current = initial;
    initial.enter(ctx);
  }
  get state(): string {
    return this.current.name;
  }
  get count(): number {
    return this.transitions;
  }
  dispatch(ev: E): void {
    const next = this.current.handle(this.ctx, ev);
    if (next === undefined || next === this.current) return;
    if (this.trace) console.log(`${this.tag}: ${this.current} -> ${next}`);
    this.current.exit(this.ctx);
    this.current = next;
    this.transitions++;
    next.enter(this.ctx);
  }
}

// ---------------- protocol receiver ----------------
const SYNC_BYTE = 0xa5;

type RxEvent = { kind: "byte"; value: number } | { kind: "tick" };

interface RxContext {
  len: number;
  payload: number[];
  crc: number;
  idle: number;
  frames: string[];
  errors: Map<string, number>;
}

function crc8(data: readonly number[], init = 0): number {
  let crc = init;
  for (const b of data) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function countError(ctx: RxContext, what: string): void {
  ctx.errors.set(what, (ctx.errors.get(what) ?? 0) + 1);
}

abstract class RxState extends State<RxContext, RxEvent> {
  protected static readonly TIMEOUT = 3;
  enter(ctx: RxContext): void {
    ctx.idle = 0;
  }
  handle(ctx: RxContext, ev: RxEvent): RxState | undefined {
    if (ev.kind === "tick") {
      if (++ctx.idle > RxState.TIMEOUT && !(this instanceof Hunt)) {
        countError(ctx, "timeout");
        return HUNT;
      }
      return undefined;
    }
    ctx.idle = 0;
    return this.onByte(ctx, ev.value);
  }
  protected abstract onByte(ctx: RxContext, b: number): RxState | undefined;
}

class Hunt extends RxState {
  readonly name = "HUNT";
  protected onByte(_ctx: RxContext, b: number): RxState | undefined {
    return b === SYNC_BYTE ? LENGTH : undefined;
  }
}
class Length extends RxState {
  readonly name = "LEN";
  protected onByte(ctx: RxContext, b: number): RxState | undefined {
    if (b === 0 || b > 16) {
      countError(ctx, "length");
      return HUNT;
    }
    ctx.len = b;
    return PAYLOAD;
  }
}
class Payload extends RxState {
  readonly name = "DATA";
  enter(ctx: RxContext): void {
    super.enter(ctx);
    ctx.payload = [];
  }
  protected onByte(ctx: RxContext, b: number): RxState | undefined {
    ctx.payload.push(b);
    return ctx.payload.length === ctx.len ? CHECK : undefined;
  }
}
class Check extends RxState {
  readonly name = "CRC";
  protected onByte(ctx: RxContext, b: number): RxState | undefined {
    const want = crc8([ctx.len, ...ctx.payload]);
    if (want === b) {
      ctx.frames.push(ctx.payload.map((x) => x.toString(16).padStart(2, "0")).join(""));
    } else {
      countError(ctx, "crc");
      console.log(`  bad crc: got 0x${b.toString(16)} want 0x${want.toString(16)}`);
    }
    return HUNT;
  }
  exit(ctx: RxContext): void {
    ctx.crc = crc8(ctx.payload, ctx.crc);
  }
}

const HUNT = new Hunt();
const LENGTH = new Length();
const PAYLOAD = new Payload();
const CHECK = new Check();

function frame(...payload: number[]): number[] {
  return [SYNC_BYTE, payload.length, ...payload, crc8([payload.length, ...payload])];
}

// ---------------- button debouncer ----------------
const enum Level { Released = 0, Pressed = 1 }

interface BtnContext {
  stable: Level;
  counter: number;
  heldMs: number;
  clicks: number;
  gapMs: number;
  events: string[];
  now: number;
  longReported: boolean;
}

const DEBOUNCE_MS = 20;
const LONG_MS = 600;
const DOUBLE_GAP_MS = 250;

abstract class BtnState extends State<BtnContext, Level> {}

class BtnIdle extends BtnState {
  readonly name = "idle";
  enter(ctx: BtnContext): void {
    ctx.heldMs = 0;
  }
  handle(ctx: BtnContext, raw: Level): BtnState | undefined {
    if (ctx.clicks > 0) {
      ctx.gapMs += 5;
      if (ctx.gapMs > DOUBLE_GAP_MS) {
        ctx.events.push(`${ctx.now}ms ${ctx.clicks === 1 ? "click" : ctx.clicks === 2 ? "double-click" : `${ctx.clicks}x-click`}`);
        ctx.clicks = 0;
      }
    }
    return raw === Level.Pressed ? new BtnBouncing(Level.Pressed) : undefined;
  }
}

class BtnBouncing extends BtnState {
  readonly name: string;
  constructor(private readonly target: Level) {
    super();
    this.name = target === Level.Pressed ? "bounce-down" : "bounce-up";
  }
  enter(ctx: BtnContext): void {
    ctx.counter = 0;
  }
  handle(ctx: BtnContext, raw: Level): BtnState | undefined {
    if (raw !== this.target) return this.target === Level.Pressed ? new BtnIdle() : new BtnHeld();
    ctx.counter += 5;
    if (ctx.counter < DEBOUNCE_MS) return undefined;
    ctx.stable = this.target;
    if (this.target === Level.Pressed) {
      ctx.longReported = false;
      return new BtnHeld();
    }
    if (!ctx.longReported) {
      ctx.clicks++;
      ctx.gapMs = 0;
    }
    return new BtnIdle();
  }
}

class BtnHeld extends BtnState {
  readonly name = "held";
  handle(ctx: BtnContext, raw: Level): BtnState | undefined {
    ctx.heldMs += 5;
    if (!ctx.longReported && ctx.heldMs >= LONG_MS) {
      ctx.longReported = true;
      ctx.events.push(`${ctx.now}ms long-press`);
    }
    return raw === Level.Released ? new BtnBouncing(Level.Released) : undefined;
  }
}

function main(): void {
  const rx: RxContext = { len: 0, payload: [], crc: 0, idle: 0, frames: [], errors: new Map() };
  const proto = new Machine<RxContext, RxEvent>(rx, HUNT, "rx", false);
  const stream: number[] = [
    0x00, 0x13,
    ...frame(0x01, 0x02, 0x03),
    ...frame(0xde, 0xad, 0xbe, 0xef),
    SYNC_BYTE, 0x40, // bad length
    ...frame(0x10, 0x20).map((b, i, arr) => (i === arr.length - 1 ? b ^ 0xff : b)), // corrupt crc
    SYNC_BYTE, 3, 0x11, // truncated: timeout follows
  ];
  let ticks = 0;
  for (let i = 0; i < stream.length; i++) {
    const b = stream[i];
    proto.dispatch({ kind: "byte", value: b });
    if (i % 4 === 3) console.log(`byte ${i} 0x${b.toString(16).padStart(2, "0")} state ${proto.state}`);
  }
  for (; ticks < 6; ticks++) proto.dispatch({ kind: "tick" });
  for (const b of frame(0x7f)) proto.dispatch({ kind: "byte", value: b });
  console.log("frames", rx.frames.length, rx.frames.join(" | "));
  const errs = [...rx.errors].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [k, v] of errs) console.log("error", k, v);
  console.log("rx transitions", proto.count, "running crc", rx.crc, "state", proto.state);

  const btn: BtnContext = { stable: Level.Released, counter: 0, heldMs: 0, clicks: 0, gapMs: 0, events: [], now: 0, longReported: false };
  const dbn = new Machine<BtnContext, Level>(btn, new BtnIdle(), "btn");
  // raw input script: [level, duration ms]; includes bounces shorter than the debounce window
  const script: Array<[Level, number]> = [
    [0, 50], [1, 5], [0, 5], [1, 10], [0, 5], [1, 120], [0, 5], [1, 5], [0, 400],
    [1, 100], [0, 80], [1, 90], [0, 400],
    [1, 900], [0, 300],
    [1, 60], [0, 60], [1, 60], [0, 60], [1, 60], [0, 500],
  ];
  for (const [level, ms] of script) {
    for (let t = 0; t < ms; t += 5) {
      btn.now += 5;
      dbn.dispatch(level);
    }
  }
  btn.events.forEach((e, i) => console.log(`event ${i + 1}: ${e}`));
  console.log("btn transitions", dbn.count, "final", dbn.state, "stable", btn.stable, "now", btn.now);
}

main();
