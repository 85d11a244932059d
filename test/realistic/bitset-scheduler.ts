// Core of a small preemptive RTOS scheduler: a 64-priority ready bitmap kept in a Uint32Array,
// highest-priority lookup with Math.clz32, round-robin among equal priorities, task control
// blocks with delays and semaphores, all driven by a simulated SysTick.

const PRIO_LEVELS = 64;
const WORDS = PRIO_LEVELS >>> 5;

class Bitset {
  private readonly words: Uint32Array;
  constructor(readonly bits: number) {
    this.words = new Uint32Array((bits + 31) >>> 5);
  }
  set(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  clear(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }
  test(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  // highest set bit index, or -1
  highest(): number {
    for (let w = this.words.length - 1; w >= 0; w--) {
      const v = this.words[w];
      if (v !== 0) return (w << 5) + 31 - Math.clz32(v);
    }
    return -1;
  }
  popcount(): number {
    let n = 0;
    for (const w of this.words) {
      let v = w - ((w >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return n;
  }
  hex(): string {
    return Array.from(this.words).reverse().map((w) => (w >>> 0).toString(16).padStart(8, "0")).join("_");
  }
}

enum TaskState { Ready = "READY", Running = "RUN", Delayed = "DELAY", Blocked = "BLOCK", Done = "DONE" }

interface TaskBody {
  // returns what the task does after running one time slice
  step(tcb: Tcb, tick: number): TaskAction;
}

type TaskAction =
  | { kind: "yield" }
  | { kind: "delay"; ticks: number }
  | { kind: "wait"; sem: Semaphore }
  | { kind: "signal"; sem: Semaphore }
  | { kind: "exit" };

class Tcb {
  state = TaskState.Ready;
  wakeAt = 0;
  runs = 0;
  next: Tcb | null = null; // ready-list link
  constructor(readonly id: number, readonly name: string, public priority: number, readonly body: TaskBody) {}
  describe(): string {
    return `${this.name}#${this.id}(p${this.priority},${this.state},runs=${this.runs})`;
  }
}

class Semaphore {
  private waiters: Tcb[] = [];
  constructor(readonly name: string, private count: number) {}
  take(t: Tcb): boolean {
    if (this.count > 0) {
      this.count--;
      return true;
    }
    this.waiters.push(t);
    return false;
  }
  give(): Tcb | undefined {
    if (this.waiters.length > 0) {
      // wake the highest-priority waiter (stable for equal priorities)
      let best = 0;
      this.waiters.forEach((w, i) => {
        if (w.priority > this.waiters[best].priority) best = i;
      });
      return this.waiters.splice(best, 1)[0];
    }
    this.count++;
    return undefined;
  }
  get value(): number {
    return this.count;
  }
}

class Scheduler {
  private readonly ready = new Bitset(PRIO_LEVELS);
  private readonly heads: Array<Tcb | null> = new Array(PRIO_LEVELS).fill(null);
  private readonly tails: Array<Tcb | null> = new Array(PRIO_LEVELS).fill(null);
  private readonly delayed: Tcb[] = [];
  readonly tasks: Tcb[] = [];
  tick = 0;
  switches = 0;
  private last: Tcb | null = null;

  spawn(name: string, priority: number, body: TaskBody): Tcb {
    const t = new Tcb(this.tasks.length + 1, name, priority, body);
    this.tasks.push(t);
    this.makeReady(t);
    return t;
  }

  private makeReady(t: Tcb): void {
    t.state = TaskState.Ready;
    t.next = null;
    const p = t.priority;
    const tail = this.tails[p];
    if (tail) tail.next = t;
    else this.heads[p] = t;
    this.tails[p] = t;
    this.ready.set(p);
  }

  private popHighest(): Tcb | null {
    const p = this.ready.highest();
    if (p < 0) return null;
    const t = this.heads[p]!;
    this.heads[p] = t.next;
    if (!t.next) {
      this.tails[p] = null;
      this.ready.clear(p);
    }
    t.next = null;
    return t;
  }

  runTick(): string {
    this.tick++;
    // wake delayed tasks whose time has come, in id order
    for (let i = this.delayed.length - 1; i >= 0; i--) {
      if (this.delayed[i].wakeAt <= this.tick) {
        const [t] = this.delayed.splice(i, 1);
        this.makeReady(t);
      }
    }
    const t = this.popHighest();
    if (!t) return "idle";
    if (t !== this.last) this.switches++;
    this.last = t;
    t.state = TaskState.Running;
    t.runs++;
    const act = t.body.step(t, this.tick);
    switch (act.kind) {
      case "yield":
        this.makeReady(t);
        break;
      case "delay":
        t.state = TaskState.Delayed;
        t.wakeAt = this.tick + act.ticks;
        this.delayed.push(t);
        break;
      case "wait":
        if (act.sem.take(t)) this.makeReady(t);
        else t.state = TaskState.Blocked;
        break;
      case "signal": {
        const woken = act.sem.give();
        if (woken) this.makeReady(woken);
        this.makeReady(t);
        break;
      }
      case "exit":
        t.state = TaskState.Done;
        break;
    }
    return `${t.name}:${act.kind}`;
  }

  readyMask(): string {
    return this.ready.hex();
  }
  readyCount(): number {
    return this.ready.popcount();
  }
}

// ---- task bodies ----
class Periodic implements TaskBody {
  constructor(private readonly period: number, private readonly limit: number) {}
  step(tcb: Tcb): TaskAction {
    return tcb.runs >= this.limit ? { kind: "exit" } : { kind: "delay", ticks: this.period };
  }
}

class Producer implements TaskBody {
  produced = 0;
  constructor(private readonly sem: Semaphore, private readonly every: number) {}
  step(_tcb: Tcb, tick: number): TaskAction {
    if (tick % this.every === 0) {
      this.produced++;
      return { kind: "signal", sem: this.sem };
    }
    return { kind: "delay", ticks: this.every - (tick % this.every) };
  }
}

class Consumer implements TaskBody {
  consumed = 0;
  private waiting = false;
  constructor(private readonly sem: Semaphore) {}
  step(): TaskAction {
    if (this.waiting) {
      this.consumed++;
      this.waiting = false;
      return { kind: "yield" };
    }
    this.waiting = true;
    return { kind: "wait", sem: this.sem };
  }
}

class Busy implements TaskBody {
  step(tcb: Tcb): TaskAction {
    return tcb.runs % 5 === 0 ? { kind: "delay", ticks: 3 } : { kind: "yield" };
  }
}

function main(): void {
  const bs = new Bitset(64);
  for (const i of [0, 5, 31, 32, 40, 63]) bs.set(i);
  console.log("bitset", bs.hex(), "high", bs.highest(), "count", bs.popcount(), bs.test(31), bs.test(30));
  bs.clear(63);
  bs.clear(40);
  console.log("bitset", bs.hex(), "high", bs.highest(), "clz32", Math.clz32(0), Math.clz32(1), Math.clz32(0x80000000 | 0));

  const sched = new Scheduler();
  const sem = new Semaphore("rxq", 0);
  const prod = new Producer(sem, 4);
  const cons = new Consumer(sem);
  sched.spawn("idleish", 1, new Busy());
  sched.spawn("busyA", 10, new Busy());
  sched.spawn("busyB", 10, new Busy());
  sched.spawn("sensor", 40, new Periodic(7, 6));
  sched.spawn("consumer", 50, cons);
  sched.spawn("producer", 33, prod);
  sched.spawn("logger", WORDS + 60, new Periodic(11, 4));

  const trace: string[] = [];
  for (let i = 0; i < 60; i++) {
    const what = sched.runTick();
    trace.push(what);
    if (i < 24 || i % 6 === 0) {
      console.log(`t${String(sched.tick).padStart(2, "0")} ${what.padEnd(18)} ready=${sched.readyMask()} n=${sched.readyCount()}`);
    }
  }
  const counts = trace.reduce<Record<string, number>>((acc, w) => {
    const name = w.split(":")[0];
    acc[name] = (acc[name] ?? 0) + 1;
    return acc;
  }, {});
  Object.keys(counts)
    .sort()
    .forEach((k) => console.log("slices", k, counts[k]));
  for (const t of sched.tasks) console.log(t.describe());
  console.log("switches", sched.switches, "produced", prod.produced, "consumed", cons.consumed, "sem", sem.value);
  const byState = new Map<TaskState, string[]>();
  sched.tasks.forEach((t) => byState.set(t.state, [...(byState.get(t.state) ?? []), t.name]));
  for (const [st, names] of byState) console.log("state", st, names.join("+"));
}

main();
