// Found by the fuzzer: `s + 1` where the compiler did not know s was a string
// (a local updated with +=, a runtime helper's result, a Map.forEach key) added
// the string's address to the number.
function main(): void {
  let v: string = "v";
  v += 0;
  v += 1.5;
  console.log(v);
  const m = new Map<string, number>([["a", 1], ["b", 2]]);
  let acc: string = "";
  m.forEach((val, key) => { acc += key + (val * 2) + ";"; });
  console.log(acc);
}
main();
function step(): string {
  return "a,b,c".replace("", "") + 0;
}
console.log(step());
const s: string = "abc".replaceAll("b", "x");
console.log(s + 1, 1 + s, s + true, s + null);
const parts = ["x", "y"];
let joined = "";
for (const p of parts) joined = joined + p + parts.length;
console.log(joined);
