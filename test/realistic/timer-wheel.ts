// Software timer service of an RTOS-less firmware: a three-level hierarchical timing wheel
// (16 slots per level, 1/16/256-tick resolution) that cascades timers down as time advances.
// Expiry handlers are module-level functions looked up in a dispatch table by handler id;
// timers can be one-shot or periodic and can be cancelled or re-armed from a handler.

const SLOT_BITS = 4;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const LEVELS = 3;

enum HandlerId {
  Blink = 1,
  Watchdog,
  SensorPoll,
  Timeout,
  Rearm,
}

type Handler = (t: Timer, now: number) => void;

class Timer {
  next: Timer | null = null;
  prev: Timer | null = null;
  expires = 0;
  fired = 0;
  active = false;
  constructor(
    readonly id: number,
    readonly handler: HandlerId,
    public period: number, // 0 = one-shot
    readonly arg: number = 0,
  ) {}
  get periodic(): boolean {
    return this.period > 0;
  }
}

class Slot {
  head: Timer | null = null;
  count = 0;
  push(t: Timer): void {
    t.prev = null;
    t.next = this.head;
    if (this.head) this.head.prev = t;
    this.head = t;
    this.count++;
  }
  unlink(t: Timer): void {
    if (t.prev) t.prev.next = t.next;
    else this.head = t.next;
    if (t.next) t.next.prev = t.prev;
    t.next = t.prev = null;
    this.count--;
  }
  // detach the whole list and return it (singly linked through next)
  takeAll(): Timer | null {
    const h = this.head;
    this.head = null;
    this.count = 0;
    return h;
  }
}

class TimerWheel {
  private readonly levels: Slot[][] = [];
  private readonly where = new Map<number, Slot>();
  private now = 0;
  cascades = 0;
  expired = 0;

  constructor() {
    for (let l = 0; l < LEVELS; l++) {
      const row: Slot[] = [];
      for (let s = 0; s < SLOTS; s++) row.push(new Slot());
      this.levels.push(row);
    }
  }

  get time(): number {
    return this.now;
  }

  add(t: Timer, delay: number): void {
    if (t.active) this.cancel(t);
    t.expires = this.now + Math.max(1, delay);
    t.active = true;
    this.place(t);
  }

  private place(t: Timer): void {
    const delta = t.expires - this.now;
    let level = 0;
    while (level < LEVELS - 1 && delta >= SLOTS << (SLOT_BITS * level)) level++;
    const shift = SLOT_BITS * level;
    const idx = (t.expires >>> shift) & SLOT_MASK;
    const slot = this.levels[level][idx];
    slot.push(t);
    this.where.set(t.id, slot);
  }

  cancel(t: Timer): boolean {
    const slot = this.where.get(t.id);
    if (!slot || !t.active) return false;
    slot.unlink(t);
    this.where.delete(t.id);
    t.active = false;
    return true;
  }

  tick(): void {
    this.now++;
    // cascade higher levels when the lower index wraps
    for (let l = 1; l < LEVELS; l++) {
      if ((this.now & ((1 << (SLOT_BITS * l)) - 1)) !== 0) break;
      const idx = (this.now >>> (SLOT_BITS * l)) & SLOT_MASK;
      let t = this.levels[l][idx].takeAll();
      while (t) {
        const nxt = t.next;
        this.where.delete(t.id);
        this.place(t);
        this.cascades++;
        t = nxt;
      }
    }
    const slot = this.levels[0][this.now & SLOT_MASK];
    let t = slot.takeAll();
    while (t !== null) {
      const nxt: Timer | null = t.next;
      t.next = t.prev = null;
      this.where.delete(t.id);
      if (t.expires !== this.now) {
        // not due in this revolution (can only happen after a cancel/re-add race)
        this.place(t);
      } else {
        t.active = false;
        t.fired++;
        this.expired++;
        HANDLERS[t.handler](t, this.now);
        if (t.periodic && !t.active) this.add(t, t.period);
      }
      t = nxt;
    }
  }

  pending(): number {
    let n = 0;
    this.levels.forEach((row) => row.forEach((s) => (n += s.count)));
    return n;
  }
  occupancy(level: number): string {
    return this.levels[level].map((s) => (s.count > 9 ? "+" : String(s.count))).join("");
  }
}

// ---- module-level state the handlers act on ----
let ledState = false;
let blinkToggles = 0;
let watchdogKicks = 0;
let sensorSum = 0;
let timeouts = 0;
const eventLog: string[] = [];
let wheelRef: TimerWheel | null = null;
let lcg = 12345;

function nextRand(): number {
  lcg = (Math.imul(lcg, 1103515245) + 12345) >>> 0;
  return lcg >>> 16;
}

function onBlink(t: Timer, now: number): void {
  ledState = !ledState;
  blinkToggles++;
  if (blinkToggles <= 6) eventLog.push(`${now}: led${t.arg} ${ledState ? "on" : "off"}`);
}
function onWatchdog(_t: Timer, now: number): void {
  watchdogKicks++;
  if (watchdogKicks % 4 === 0) eventLog.push(`${now}: wdt kick #${watchdogKicks}`);
}
function onSensorPoll(t: Timer, now: number): void {
  const v = nextRand() & 0x3ff;
  sensorSum += v;
  if (t.fired % 10 === 1) eventLog.push(`${now}: adc ch${t.arg} = ${v} (0x${v.toString(16).padStart(3, "0")})`);
}
function onTimeout(t: Timer, now: number): void {
  timeouts++;
  eventLog.push(`${now}: timeout id=${t.id} late=${now - t.expires}`);
}
function onRearm(t: Timer, now: number): void {
  // backoff: double the period each time until a cap, then stop
  const next = t.period * 2;
  eventLog.push(`${now}: rearm id=${t.id} period ${t.period} -> ${next}`);
  if (next > 300) {
    t.period = 0;
    return;
  }
  t.period = next;
  wheelRef?.add(t, next);
}

const HANDLERS: { [K in HandlerId]: Handler } = {
  [HandlerId.Blink]: onBlink,
  [HandlerId.Watchdog]: onWatchdog,
  [HandlerId.SensorPoll]: onSensorPoll,
  [HandlerId.Timeout]: onTimeout,
  [HandlerId.Rearm]: onRearm,
};

function flushLog(): void {
  for (const line of eventLog) console.log(line);
  eventLog.length = 0;
}

function main(): void {
  const wheel = new TimerWheel();
  wheelRef = wheel;
  let nextId = 100;
  const mk = (h: HandlerId, period: number, arg = 0): Timer => new Timer(nextId++, h, period, arg);

  const blink = mk(HandlerId.Blink, 25, 1);
  const wdt = mk(HandlerId.Watchdog, 100);
  const polls = [0, 1, 2].map((ch) => mk(HandlerId.SensorPoll, 7 + ch * 3, ch));
  const oneShots: Timer[] = [];
  for (const d of [5, 17, 250, 255, 256, 257, 1000, 4000]) {
    const t = mk(HandlerId.Timeout, 0);
    wheel.add(t, d);
    oneShots.push(t);
  }
  const backoff = mk(HandlerId.Rearm, 10);
  wheel.add(blink, blink.period);
  wheel.add(wdt, wdt.period);
  polls.forEach((p) => wheel.add(p, p.period));
  wheel.add(backoff, backoff.period);

  console.log("pending", wheel.pending());
  console.log("L0", wheel.occupancy(0), "L1", wheel.occupancy(1), "L2", wheel.occupancy(2));

  // cancel one timeout before it fires, and re-arm another later
  console.log("cancel 17-tick:", wheel.cancel(oneShots[1]), "again:", wheel.cancel(oneShots[1]));

  const checkpoints = new Set([1, 16, 100, 256, 300, 777, 1500]);
  outer: for (let step = 1; step <= 1500; step++) {
    wheel.tick();
    if (step === 200) wheel.add(oneShots[1], 60);
    if (step === 900) {
      wheel.cancel(wdt);
      console.log("watchdog stopped at", wheel.time);
    }
    if (checkpoints.has(step)) {
      flushLog();
      console.log(`t=${wheel.time} pending=${wheel.pending()} expired=${wheel.expired} cascades=${wheel.cascades}`);
      console.log("  L0", wheel.occupancy(0), "L1", wheel.occupancy(1), "L2", wheel.occupancy(2));
      if (step === 1500) break outer;
    }
  }
  flushLog();
  console.log("blink toggles", blinkToggles, "led", ledState, "wdt kicks", watchdogKicks);
  console.log("sensor sum", sensorSum, "avg", (sensorSum / polls.reduce((a, p) => a + p.fired, 0)).toFixed(3));
  console.log("timeouts", timeouts, "fired:", oneShots.map((t) => `${t.id}:${t.fired}`).join(" "));
  console.log("backoff period", backoff.period, "fired", backoff.fired, "active", backoff.active);
  const stillActive = [blink, wdt, ...polls, ...oneShots, backoff].filter((t) => t.active).map((t) => t.id);
  console.log("active ids", stillActive.join(","), "count", stillActive.length);
}

main();
