// JSON.stringify as Node does it: primitives, escaping, numbers, nesting, omitted members, key order,
// toJSON, replacers (function and array), indentation by number and by string.

function show(label: string, text: string | undefined): void {
  console.log(label, text === undefined ? "(undefined)" : text);
}

// primitives and numbers
show("num", JSON.stringify(42));
show("neg", JSON.stringify(-1.5));
show("zero", JSON.stringify(-0));
show("big", JSON.stringify(1e21));
show("small", JSON.stringify(1e-7));
show("frac", JSON.stringify(0.1 + 0.2));
show("max", JSON.stringify(Number.MAX_VALUE));
show("min", JSON.stringify(Number.MIN_VALUE));
show("nan", JSON.stringify(NaN));
show("inf", JSON.stringify([Infinity, -Infinity]));
show("bool", JSON.stringify([true, false]));
show("null", JSON.stringify(null));
show("undef", JSON.stringify(undefined));
show("fn", JSON.stringify(() => 1));

// strings: escapes, controls, non-Latin-1, surrogates
show("str", JSON.stringify("plain"));
show("quote", JSON.stringify('say "hi" \\ there'));
show("ctl", JSON.stringify("\b\f\n\r\t"));
show("low", JSON.stringify("\u0000\u0001\u001f\u007f"));
show("cjk", JSON.stringify({ b: "日本" }));
show("mixed", JSON.stringify("°C → 25 µs ✓"));
show("emoji", JSON.stringify("ok \ud83d\ude00"));
show("lone", JSON.stringify("\ud800 x \udc00 \udfff\ud800"));
show("empty", JSON.stringify(""));

// arrays and objects
show("arr", JSON.stringify([1, "a", null, [2, [3, []]], {}]));
show("holes", JSON.stringify([undefined, () => 0, 7]));
show("obj", JSON.stringify({ a: 1, b: "two", c: [3], d: { e: null } }));
show("omit", JSON.stringify({ a: undefined, b: () => 1, c: 3 }));
show("order", JSON.stringify({ b: 1, a: 2, 10: 3, 2: 4, "-1": 5, "01": 6, z: 7 }));
const later: any = { name: "x" };
later[3] = "three";
later.value = 1;
later[1] = "one";
show("later", JSON.stringify(later));
show("keyesc", JSON.stringify({ 'we"ird\n': 1, "日": 2 }));

class Point {
  label = "p";
  constructor(public x: number, public y: number) {}
  norm(): number { return Math.abs(this.x) + Math.abs(this.y); }
  get sum(): number { return this.x + this.y; }
}
show("class", JSON.stringify(new Point(1, -2)));
show("classes", JSON.stringify([new Point(0, 0), new Point(3, 4)]));

// toJSON
class Money {
  constructor(private cents: number) {}
  toJSON(key: string): string { return key + ":" + (this.cents / 100).toFixed(2); }
}
show("tojson", JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
show("tojson-top", JSON.stringify(new Money(100)));
const tj: any = { toJSON(): any { return undefined; } };
show("tojson-undef", JSON.stringify({ a: tj, b: [tj] }));

// replacer function
const doubled = JSON.stringify({ a: 1, b: [2, 3], c: "s" }, (key: string, value: any) =>
  typeof value === "number" ? value * 2 : value);
show("rep", doubled);
show("rep-drop", JSON.stringify({ keep: 1, drop: 2, nested: { drop: 3, keep: 4 } }, (key: string, value: any) =>
  key === "drop" ? undefined : value));
show("rep-keys", JSON.stringify([{ a: 1 }], (key: string, value: any) => (key === "" ? value : key === "0" ? value : "k" + key)));
show("rep-top", JSON.stringify(5, (key: string, value: any) => "[" + key + "]" + String(value)));
show("rep-undef", JSON.stringify(5, (key: string, value: any) => undefined));

// replacer array
const list: any[] = ["b", "a", 1, "b", "missing"];
show("list", JSON.stringify({ a: 1, b: 2, c: 3, 1: "one" }, list));
show("list-nested", JSON.stringify({ a: { a: 1, c: 2 }, c: [{ a: 3, c: 4 }] }, ["a", "c"], 1));
show("list-empty", JSON.stringify({ a: 1 }, []));

// indentation
const nested = { name: "node", tags: ["a", "b"], meta: { n: 1, empty: {}, none: [] }, list: [{ k: 1 }, [2, [3]]] };
console.log(JSON.stringify(nested, null, 2));
console.log(JSON.stringify(nested, null, "--"));
console.log(JSON.stringify(nested, null, 20));
console.log(JSON.stringify(nested, null, "0123456789abcdef"));
console.log(JSON.stringify([1, 2], null, 0));
console.log(JSON.stringify([1, 2], null, -3));
console.log(JSON.stringify([1, 2], null, 2.9));
console.log(JSON.stringify([1, 2], null, ""));
console.log(JSON.stringify({ a: [] , b: {} }, null, "\t"));
console.log(JSON.stringify({ u: undefined }, null, 2));

// built-in objects
show("map", JSON.stringify({ m: new Map<string, number>([["a", 1]]), s: new Set<number>([1]) }));
show("typed", JSON.stringify(new Uint8Array([1, 2, 255])));
show("floats", JSON.stringify({ f: new Float64Array([0.5, -1]) }, null, 1));
show("error", JSON.stringify(new Error("boom")));
show("boxed", JSON.stringify([new Number(3), new String("s"), new Boolean(false)]));
