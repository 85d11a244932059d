// The non-null assertion operator is type-only.
const m = new Map<string, number>([["a", 5]]);
const v = m.get("a")!;
console.log(v + 1);
