// A replacer and a reviver that use a local of their enclosing function, and
// console.log's %j placeholder, which prints through the same JSON.stringify.
function scaled(obj: { a: number; b: number[] }, k: number): string {
  return JSON.stringify(obj, (key, value) => (typeof value === 'number' ? value * k : value));
}
function parsed(text: string, offset: number): number {
  const o = JSON.parse(text, (key, value) => (typeof value === 'number' ? value + offset : value)) as { x: number };
  return o.x;
}
console.log(scaled({ a: 1, b: [2, 3] }, 10), parsed('{"x": 5}', 100));
console.log('%j and %j', "日本", "s");
