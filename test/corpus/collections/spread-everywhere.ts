// Spread into calls and array literals, whatever is spread and wherever it sits:
// arrays, strings, Sets, Maps, typed arrays and objects of the program; into
// functions with defaults, rest parameters after fixed ones, constructors, super
// calls and library functions; more than eight elements; receivers with effects.

const order: string[] = [];
function note<T>(tag: string, v: T): T { order.push(tag); return v; }

function three(a: number, b = 20, c = 30): string { return `${a}/${b}/${c}`; }
console.log(three(...[1]), three(...[1, 2]), three(...([1, 2, 3] as [number, number, number])), three(0, ...[5]));

function tail(first: string, ...rest: number[]): string { rest.push(99); return `${first}:${rest.join(',')}`; }
const nums = [1, 2, 3];
console.log(tail('a', ...nums), nums.join(','), tail(...['x'] as [string]), tail('b'));
console.log(tail('mid', ...nums, 4, ...[5, 6]));

function sum(...xs: number[]): number { return xs.reduce((s, x) => s + x, 0); }
const many: number[] = [];
for (let i = 1; i <= 20; i++) many.push(i);
console.log(sum(...many), sum(...many, ...many), sum(), sum(...new Set([3, 3, 4])));
console.log(sum(...new Uint8Array([250, 5, 1])), sum(...new Float64Array([0.5, 0.25])));

class Vec {
  constructor(readonly x: number, readonly y: number, readonly z = 0) {}
  toString(): string { return `(${this.x}, ${this.y}, ${this.z})`; }
}
const coords: [number, number, number] = [1, 2, 3];
console.log(String(new Vec(...coords)), String(new Vec(...[4, 5])));

class Base {
  readonly parts: string;
  constructor(...parts: string[]) { this.parts = parts.join('+'); }
}
class Derived extends Base {
  constructor(extra: string[]) { super('d', ...extra); }
}
console.log(new Derived(['p', 'q']).parts);

// strings, Sets, Maps and typed arrays spread into arrays
console.log([...'héllo'].join('|'), [...new Set([1, 1, 2])].join(), [...new Int16Array([-1, 300])].join());
const m = new Map<string, number>([['a', 1], ['b', 2]]);
console.log([...m].map(([k, v]) => `${k}${v}`).join(' '), [...m.keys()].join(), [...m.values()].join());
console.log([0, ...'ab', ...nums, ...new Set(['z'])].join());

// library functions
console.log(Math.max(...many), Math.min(...many, -5), Math.max(...[]), Math.min(), Math.hypot(...[3, 4]), Math.hypot(...[1, 2, 2]));
console.log(Math.max(...[1, NaN, 3]), Math.max(-0, ...[0]), 1 / Math.min(...[0, -0]));
const pushed: number[] = [9];
console.log(pushed.push(...nums), pushed.push(0, ...nums, 7), pushed.join());
pushed.unshift(...[-2, -1]);
console.log(pushed.join(), String.fromCharCode(...[72, 101, 108, 108, 111]));
const sp = [1, 2, 3, 4, 5];
sp.splice(1, 3, ...['a', 'b'].map((s) => s.charCodeAt(0)));
console.log(sp.join());

// evaluation order: receiver first, then arguments left to right
class Acc {
  total = 0;
  add(...xs: number[]): Acc { this.total += sum(...xs); return this; }
}
function acc(): Acc { order.push('receiver'); return shared; }
const shared = new Acc();
acc().add(...note('args', [1, 2]), note('last', 3)).add(...note('again', [4]));
console.log(shared.total, order.join(' > '));

// spread of an object of the program with [Symbol.iterator]
class CountdownIterator implements Iterator<number> {
  constructor(private n: number) {}
  next(): IteratorResult<number> { return this.n > 0 ? { done: false, value: this.n-- } : { done: true, value: undefined }; }
}
class Countdown implements Iterable<number> {
  constructor(private from: number) {}
  [Symbol.iterator](): Iterator<number> { return new CountdownIterator(this.from); }
}
console.log([...new Countdown(4)].join(), sum(...new Countdown(3)), Math.max(...new Countdown(5)));
console.log(Array.from(new Countdown(3)).join(), Array.from(new Countdown(3), (v) => v * 10).join(), Array.from(m).length);
