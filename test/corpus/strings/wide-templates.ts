// Strings with characters above U+00FF through template literals and concatenation
// (they were typed Latin-1 and printed as the low bytes of each character).
const names = ["温度", "Zürich", "ok"];
const s = names[0];
console.log("[" + s + "]");
const t = "[" + s;
console.log(t + "]");
const msg = "温度";
console.log(`${msg}`);
console.log(`<${msg}>`.charCodeAt(1));
console.log("<" + msg + ">");
for (const n of names) console.log(`${n}:${n.length}`, n + "!" + n.length);
function label(x: string, v: number): string { return `${x} = ${v.toFixed(1)} °C`; }
console.log(label(s, 21.55), label("plain", 1));
const parts: string[] = [];
for (const n of names) parts.push(`«${n}»`);
console.log(parts.join(" "), parts.join("").length);
console.log(`${1 + 1}${"é"}`, `x${""}y`, `${'ā'}`.charCodeAt(0));
