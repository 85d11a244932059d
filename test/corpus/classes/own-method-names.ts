// Methods of the program named like builtins' (toString, add, join): called with
// their arguments, on classes and through interfaces.
class Matrix {
  constructor(private n: number) {}
  toString(digits = 4): string { return `M(${this.n.toFixed(digits)})`; }
  add(k: number): Matrix { return new Matrix(this.n + k); }
  join(sep: string): string { return `${this.n}${sep}${this.n}`; }
}
const m = new Matrix(1.23456);
console.log(m.toString(1), m.toString(), String(m), `${m}`, m.add(1).toString(2), m.join('|'));
interface Shape { area(): number; toString(prec?: number): string }
class Sq implements Shape { constructor(private s: number) {} area(): number { return this.s * this.s; } toString(prec = 0): string { return `Sq ${this.area().toFixed(prec)}`; } }
const shapes: Shape[] = [new Sq(1.5)];
for (const s of shapes) console.log(s.toString(2), s.toString());
console.log([1, 2].toString(), (255).toString(16), new Set([1]).has(1));
