// Generic helpers over arrays.
function firstOr<T>(xs: T[], fallback: T): T { return xs.length > 0 ? xs[0] : fallback; }
function pairUp<A, B>(as: A[], bs: B[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) out.push(`${String(as[i])}:${String(bs[i])}`);
  return out;
}
console.log(firstOr([3, 4], 0), firstOr<string>([], "none"), pairUp(["a", "b", "c"], [1, 2]).join(" "));
