// A circular structure is a TypeError with V8's whole message (the object the circle starts at, its links, and
// the key that closes it), not a stack overflow. Stringifying goes on working afterwards.

function attempt(label: string, value: any): void {
  try {
    console.log(label, JSON.stringify(value));
  } catch (e) {
    console.log(label, e instanceof TypeError ? "TypeError" : "other");
    console.log((e as Error).message);
  }
}

const selfArray: any[] = [];
selfArray.push(selfArray);
attempt("array", selfArray);

const selfObject: any = { x: 1 };
selfObject.self = selfObject;
attempt("object", selfObject);

const a: any = {};
const b: any = {};
a.b = b;
b.a = a;
attempt("pair", a);

const root: any = { list: [1, {}] };
root.list[1].back = root;
attempt("through-array", { top: root });

class Node2 {
  next: any = null;
  constructor(public id: number) {}
}
const n1 = new Node2(1);
const n2 = new Node2(2);
n1.next = n2;
n2.next = n1;
attempt("class", n1);

const chain: any = {};
let cur: any = chain;
for (let i = 0; i < 6; i++) {
  cur.n = {};
  cur = cur.n;
}
cur.back = chain;
attempt("long", chain);

const deep: any[] = [[[]]];
deep[0][0].push(deep);
attempt("nested-arrays", deep);

const odd: any = {};
odd[""] = odd;
attempt("empty-key", odd);
const num: any = {};
num[5] = num;
attempt("index-key", num);

// the same object twice is not a circle
const shared = { v: 1 };
attempt("shared", { a: shared, b: shared, c: [shared, shared] });

// through toJSON and a replacer
const loop: any = { name: "loop" };
loop.me = { toJSON(): any { return loop; } };
attempt("tojson", loop);
try {
  JSON.stringify({ k: 1 }, (key: string, value: any) => (key === "k" ? selfObject : value));
} catch (e) {
  console.log((e as Error).message.split("\n").length, "lines");
}
attempt("after", { fine: [1, 2, 3] });
