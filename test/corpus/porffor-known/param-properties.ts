// Constructor parameter properties.
class Point {
  constructor(public x: number, private readonly y: number) {}
  sum(): number { return this.x + this.y; }
}
const p = new Point(3, 4);
p.x = 10;
console.log(p.sum(), p.x);
