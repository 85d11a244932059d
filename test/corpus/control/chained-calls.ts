// Chained calls: every receiver is evaluated exactly once, in order, whatever the
// method is called (names that are also builtins' — add, push, set, get, fill —
// took another path and evaluated the receiver twice).

const log: string[] = [];

class Bag {
  n = 0;
  add(): this { this.n++; log.push(`add ${this.n}`); return this; }
  push(v: number): this { this.n += v; log.push(`push ${v}`); return this; }
  set(v: number): Bag { this.n = v; log.push(`set ${v}`); return this; }
  get(): number { log.push('get'); return this.n; }
  fill(v: number): Bag { log.push(`fill ${v}`); return this; }
  map(): Bag { log.push('map'); return this; }
  join(): string { log.push('join'); return `bag(${this.n})`; }
}

const b = new Bag();
b.add().add();
console.log(b.n);
b.push(2).push(3).add();
console.log(b.n);
console.log(b.set(10).add().get());
console.log(b.fill(1).map().join());

let made = 0;
function make(): Bag { made++; return new Bag(); }
console.log(make().add().add().add().n, made);
console.log(make().push(5).get(), made);

class Counter {
  private hits = 0;
  step(by: number): Counter { this.hits += by; return this; }
  value(): number { return this.hits; }
}
const counters = [new Counter(), new Counter()];
let idx = 0;
function next(): Counter { return counters[idx++ % 2]; }
next().step(1).step(2);
next().step(10);
next().step(100);
console.log(counters[0].value(), counters[1].value(), idx);

// receivers that are calls on builtins
const arr: number[] = [];
function arrOnce(): number[] { log.push('arrOnce'); return arr; }
arrOnce().push(1, 2, 3);
console.log(arr.length, arrOnce().slice(1).join('-'));
const m = new Map<string, number>();
function mapOnce(): Map<string, number> { log.push('mapOnce'); return m; }
mapOnce().set('a', 1).set('b', 2);
console.log(m.size, mapOnce().get('b'));
const s = new Set<number>();
function setOnce(): Set<number> { log.push('setOnce'); return s; }
setOnce().add(1).add(2).add(1);
console.log(s.size);

// argument evaluation order: receiver first, then arguments left to right
function tag(t: string, v: number): number { log.push(t); return v; }
const b2 = new Bag();
function bagOnce(): Bag { log.push('bagOnce'); return b2; }
bagOnce().push(tag('arg1', 4)).push(tag('arg2', 5));
console.log(b2.n);

for (const line of log) console.log(line);
console.log(log.length);
