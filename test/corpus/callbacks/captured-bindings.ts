// Callbacks that run during their call and use a for...of or for...in variable, a
// destructured binding (variable or parameter), or a constructor's parameter or
// this (also after super, and in a constructor that builds more of its class).
function total(rows: number[][]): number {
  let sum = 0;
  for (const row of rows) [1, 2].forEach((x) => { sum += x * row.length; });
  return sum;
}
function scale({ k }: { k: number }): string {
  return [1, 2].map((x) => x * k).join(",");
}
class Scaler {
  readonly out: number[];
  constructor(k: number) { this.out = [1, 2].map((x) => x * k); }
}
class Base { constructor(readonly tag: string) {} }
class Child extends Base {
  readonly vals: string[];
  constructor(m: number, tag: string) {
    super(tag);
    this.vals = [1, 2, 3].map((x) => `${this.tag}${x * m}`);
  }
}
function pairs(m: Map<string, number[]>): string {
  const out: string[] = [];
  for (const [key, list] of m) list.forEach((v) => out.push(`${key}=${v}`));
  const { a, b: [c, d] } = { a: 10, b: [20, 30] };
  [1].forEach(() => out.push(`${a}${c}${d}`));
  return out.join(' ');
}
class Node2 {
  readonly kids: Node2[];
  constructor(readonly depth: number) {
    this.kids = depth > 0 ? [1, 2].map((i) => new Node2(depth - 1 + i * 0)) : [];
    [0].forEach(() => { if (this.depth !== depth) throw new Error('clobbered'); });
  }
}
console.log(total([[1], [2, 3]]), scale({ k: 5 }), new Scaler(3).out.join(","), new Child(2, 't').vals.join());
console.log(pairs(new Map([['x', [1, 2]], ['y', [3]]])), new Node2(3).kids.length);
for (const k in { p: 1, q: 2 }) [0].forEach(() => console.log('key', k));
