// Destructuring assignment (not declaration) in functions, methods and the top
// level: swaps, defaults, holes, rest elements, nested patterns, member targets
// and object patterns with rest.
function f(): string {
  let a = 0, b = 0;
  [a, b] = [1, 2];
  let x = 0, y = '';
  ({ x, y } = { x: 5, y: 'why' });
  return `${a} ${b} ${x} ${y}`;
}
class Swapper {
  swap(xs: number[]): string {
    [xs[0], xs[1]] = [xs[1], xs[0]];
    return xs.join(",");
  }
}
console.log(f());
console.log(new Swapper().swap([1, 2]));
let g1 = 0, g2 = 0;
[g1, g2] = [g2 + 3, g1 + 4];
console.log(g1, g2);
function withDefaults(src: number[]): string {
  let p = 0, q = 0, r: number[] = [];
  [p = 10, q = 20, ...r] = src;
  return `${p} ${q} ${r.join('|')}`;
}
console.log(withDefaults([1]), withDefaults([1, 2, 3, 4]), withDefaults([]));
function nested(): string {
  let a = 0, b = 0, c = 0;
  [a, [b, c]] = [1, [2, 3]];
  const o = { m: 0, n: 0 };
  [o.m, o.n] = [7, 8];
  return `${a}${b}${c} ${o.m}${o.n}`;
}
console.log(nested());
const [d1, d2 = 9] = [1];
console.log(d1, d2);
function declared(): string { const [u, v] = [3, 4]; const { w, z = 'zz' }: { w: number; z?: string } = { w: 1 }; return `${u}${v}${w}${z}`; }
console.log(declared());
let val = 0;
const res = ([val] = [42]);
console.log(val, res.length);
function objRest(): string {
  let a = 0;
  let rest: { b?: number; c?: number } = {};
  ({ a, ...rest } = { a: 1, b: 2, c: 3 });
  return `${a} ${rest.b} ${rest.c} ${Object.keys(rest).join()}`;
}
console.log(objRest());
