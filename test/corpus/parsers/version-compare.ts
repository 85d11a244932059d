// Comparing firmware version strings.
function compare(a: string, b: string): number {
  const pa = a.split(".").map((x) => parseInt(x, 10));
  const pb = b.split(".").map((x) => parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0, y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
const pairs = [["1.2.3", "1.2.10"], ["2.0", "1.9.9"], ["1.0.0", "1"], ["0.10", "0.9"]];
for (const [a, b] of pairs) console.log(a, b, compare(a, b));
const sorted = ["1.10", "1.2", "1.9.1", "0.1"].sort(compare);
console.log(sorted.join(" "));
