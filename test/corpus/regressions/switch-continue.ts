// Found by the fuzzer: `continue` inside a switch inside a loop fell through to
// the next case (the switch was taken for the loop).
let t = "";
for (let i = 0; i < 3; i++) {
  switch (i % 3) {
    case 0: t += "z"; continue;
    case 1: t += "o";
    default: t += "d";
  }
  t += i;
}
console.log(t);
let n = 0;
let w = "";
while (n < 6) {
  n++;
  switch (n % 3) {
    case 0: w += "c"; continue;
    case 1: if (n > 3) { w += "b"; break; } w += "a"; continue;
    default: w += "-";
  }
  w += n;
}
console.log(w);
const seen: string[] = [];
outer: for (const s of ["ab", "cd"]) {
  for (const ch of s) {
    switch (ch) {
      case "b": continue outer;
      case "c": seen.push("C"); continue;
      default: seen.push(ch);
    }
    seen.push(".");
  }
}
console.log(seen.join(""));
let d = 0;
do {
  d++;
  switch (d) { case 2: continue; default: break; }
  console.log("do", d);
} while (d < 4);
