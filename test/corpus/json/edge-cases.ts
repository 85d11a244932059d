// JSON edge cases: nested JSON calls from toJSON and a replacer, exceptions thrown through JSON.stringify (and
// that it works afterwards), inherited toJSON, objects of many properties, long arrays, deep nesting, Dates,
// Errors, keys cut from a text with characters above U+00FF, and JSON.stringify passed as a function.

class Base {
  constructor(public id: number) {}
  toJSON(): any { return { kind: "base", id: this.id }; }
}
class Derived extends Base {
  extra = "x";
}
console.log(JSON.stringify([new Base(1), new Derived(2)]));

class Wrapper {
  constructor(private inner: any) {}
  toJSON(): string { return "wrapped:" + JSON.stringify(this.inner, null, 1); }
}
console.log(JSON.stringify({ w: new Wrapper({ a: [1, 2], b: "日本" }), after: [3] }, null, 2));
console.log(JSON.stringify({ a: 1, b: { c: 2 } }, (key: string, value: any) =>
  key === "b" ? JSON.stringify(value) : value));
console.log(JSON.stringify({ t: { toJSON(): any { return JSON.parse('{"p":[1,{"q":"\\u00e9"}]}'); } } }));

class Bomb {
  toJSON(): string { throw new RangeError("bomb in toJSON"); }
}
try {
  JSON.stringify({ safe: 1, list: [1, 2, new Bomb()] }, null, 4);
} catch (e) {
  console.log("caught", (e as Error).name, (e as Error).message);
}
try {
  JSON.stringify({ a: 1 }, (key: string, value: any) => {
    if (key === "a") throw new Error("replacer says no");
    return value;
  });
} catch (e) {
  console.log("caught", (e as Error).message);
}
console.log(JSON.stringify({ still: ["works", 1.5] }, null, 1));

// many properties, built by JSON.parse and by a program
let text = "{";
for (let i = 0; i < 40; i++) text += (i > 0 ? "," : "") + '"key' + i + '":' + i * i;
text += "}";
const many = JSON.parse(text);
console.log(Object.keys(many).length, many.key0, many.key39, JSON.stringify(many).length);
// (a program's object grows in place only while nothing else is allocated: keys first, then the object)
const keys: string[] = [];
for (let i = 0; i < 40; i++) keys.push("k" + i);
const wide: any = {};
for (let i = 0; i < 40; i++) wide[keys[i]] = i % 2 === 0 ? "even" : i;
console.log(JSON.stringify(wide).slice(0, 60), JSON.stringify(wide, null, 1).length);

// long arrays and deep nesting
const nums: number[] = [];
for (let i = 0; i < 3000; i++) nums.push((i * 7919) % 1000 - 500 + i / 8);
const numsText = JSON.stringify(nums);
const numsBack: number[] = JSON.parse(numsText);
let same = numsBack.length === nums.length;
for (let i = 0; i < nums.length; i++) if (numsBack[i] !== nums[i]) same = false;
console.log(numsText.length, numsText.slice(0, 50), same);
let deep: any = "core";
for (let i = 0; i < 60; i++) deep = i % 2 === 0 ? [deep] : { d: deep };
const deepText = JSON.stringify(deep);
console.log(deepText.length, deepText.slice(0, 40), JSON.stringify(JSON.parse(deepText)) === deepText);

// Dates and Errors
console.log(JSON.stringify({ epoch: new Date(0), later: new Date(1700000000123) }));
const err: any = new Error("boom");
console.log(JSON.stringify({ err }));

// keys and values cut from a text with characters above U+00FF are ordinary keys
const cfg = JSON.parse('{"name":"Ω-7","rates":{"temp":100,"hum":200},"mode":"fast"}');
const modes: any = { fast: 1, slow: 2 };
console.log(cfg.name, cfg.rates.temp, cfg.rates["hum"], modes[cfg.mode], Object.keys(cfg.rates).join("+"));
const m = new Map<string, number>();
m.set(cfg.mode, 7);
console.log(m.get("fast"), cfg.mode === "fast", JSON.stringify(cfg));

// JSON.stringify as a value
const strs = ["a", "日", "\n"].map((s) => JSON.stringify(s));
console.log(strs.join(" "));
const stringify = JSON.stringify;
console.log(stringify({ via: "alias" }));
const parse = JSON.parse;
console.log(parse("[1,2,3]").length);

// private fields are not written; Error subclasses write their own fields; "__proto__" is an ordinary key
class Secret {
  #hidden = 42;
  shown = 1;
  peek(): number { return this.#hidden; }
}
console.log(JSON.stringify(new Secret()), new Secret().peek());
class AppError extends Error {
  constructor(message: string, public code: number) { super(message); }
}
console.log(JSON.stringify({ e: new AppError("bad", 7) }, null, 1));
const proto = JSON.parse('{"__proto__":{"x":1},"y":2}');
console.log(JSON.stringify(proto), Object.keys(proto).join(","));
const revivedProto = JSON.parse('{"__proto__":[1],"z":{"__proto__":2}}', (key: string, value: any) =>
  typeof value === "number" ? value + 1 : value);
console.log(JSON.stringify(revivedProto));
