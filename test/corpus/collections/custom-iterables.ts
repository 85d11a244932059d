// for...of over objects of the program that implement [Symbol.iterator]():
// ring buffers, ranges and linked lists, with break, continue, labels,
// destructuring, early exits that close the iterator, and a function taking any
// Iterable<T> (arrays, strings, Sets, Maps and objects of the program).

class RingIterator<T> implements Iterator<T> {
  private i = 0;
  constructor(private readonly ring: Ring<T>) {}
  next(): IteratorResult<T> {
    if (this.i >= this.ring.size) return { done: true, value: undefined };
    return { done: false, value: this.ring.at(this.i++) };
  }
}

class Ring<T> implements Iterable<T> {
  private readonly items: T[] = [];
  private head = 0;
  size = 0;
  constructor(private readonly capacity: number) {}
  push(v: T): void {
    if (this.size < this.capacity) { this.items.push(v); this.size++; return; }
    this.items[this.head] = v;
    this.head = (this.head + 1) % this.capacity;
  }
  at(i: number): T { return this.items[(this.head + i) % this.capacity]; }
  [Symbol.iterator](): Iterator<T> { return new RingIterator(this); }
}

const ring = new Ring<number>(4);
for (let i = 1; i <= 6; i++) ring.push(i * 10);
const seen: number[] = [];
for (const v of ring) seen.push(v);
console.log('ring', seen.join(' '));

// break, continue and labels
let out = '';
outer: for (const a of ring) {
  for (const b of ring) {
    if (b === a) continue;
    if (b > 50) continue outer;
    if (a === 60) break outer;
    out += `${a}-${b} `;
  }
}
console.log(out.trim());

// destructuring and generic records
class Pairs implements Iterable<[string, number]> {
  constructor(private readonly keys: string[]) {}
  [Symbol.iterator](): Iterator<[string, number]> { return new PairIterator(this.keys); }
}
class PairIterator implements Iterator<[string, number]> {
  private i = 0;
  constructor(private readonly keys: string[]) {}
  next(): IteratorResult<[string, number]> {
    return this.i < this.keys.length ? { done: false, value: [this.keys[this.i], this.i++ * 2] } : { done: true, value: undefined };
  }
}
for (const [k, v] of new Pairs(['a', 'b', 'c'])) console.log('pair', k, v);

// an iterator with return(): closed when the loop is left early, not when it runs out
const log: string[] = [];
class Tracked implements Iterator<number> {
  private n = 0;
  next(): IteratorResult<number> { return this.n < 5 ? { done: false, value: this.n++ } : { done: true, value: undefined }; }
  return(): IteratorResult<number> { log.push(`closed at ${this.n}`); return { done: true, value: undefined }; }
}
class Source implements Iterable<number> {
  [Symbol.iterator](): Tracked { return new Tracked(); }
}
for (const v of new Source()) { if (v === 2) break; }
for (const v of new Source()) { log.push(`saw ${v}`); }
function firstOver(limit: number): number {
  for (const v of new Source()) if (v > limit) return v;
  return -1;
}
console.log(firstOver(1), firstOver(9));
try {
  for (const v of new Source()) if (v === 3) throw new Error('stop at 3');
} catch (e) { log.push((e as Error).message); }
console.log(log.join('; '));

// any Iterable<T>
function total(xs: Iterable<number>): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
console.log(total([1, 2, 3]), total(new Set([4, 5])), total(ring), total(new Float32Array([0.5, 0.25])));
function joinAll(xs: Iterable<string>): string {
  const parts: string[] = [];
  for (const x of xs) parts.push(x);
  return parts.join('/');
}
const names = new Map<string, number>([['x', 1], ['y', 2]]);
console.log(joinAll('héj'), joinAll(names.keys()), joinAll(['p', 'q']));

// a linked list walked by its iterator, built while iterating another
class ListNode { constructor(readonly value: number, public next: ListNode | null = null) {} }
class ListIterator implements Iterator<number> {
  constructor(private node: ListNode | null) {}
  next(): IteratorResult<number> {
    if (!this.node) return { done: true, value: undefined };
    const v = this.node.value;
    this.node = this.node.next;
    return { done: false, value: v };
  }
}
class List implements Iterable<number> {
  head: ListNode | null = null;
  prepend(v: number): void { this.head = new ListNode(v, this.head); }
  [Symbol.iterator](): Iterator<number> { return new ListIterator(this.head); }
}
const list = new List();
for (const v of ring) list.prepend(v / 10);
const squares: number[] = [];
for (const v of list) squares.push(v * v);
console.log('list', squares.join(','), [...list].length, Math.max(...list));
