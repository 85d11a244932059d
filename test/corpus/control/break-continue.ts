// break and continue in every kind of loop, with labels and inside switch.
const o: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 };
for (const k in o) { if (k === "b") continue; if (k === "d") break; console.log("in", k); }
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 3) break; console.log("for", i); }
let j = 0; while (j < 5) { j++; if (j === 2) continue; if (j === 4) break; console.log("while", j); }
let k = 0; do { k++; if (k === 2) continue; if (k === 4) break; console.log("do", k); } while (k < 5);
outer: for (const x of [1, 2, 3]) { for (const y of [1, 2, 3]) { if (y === 2) continue outer; if (x === 3) break outer; console.log("lab", x, y); } }
sw: for (let i = 0; i < 3; i++) { switch (i) { case 1: continue sw; default: console.log("sw", i); } }
const xs = [1, 2, 3, 4];
for (const x of xs) { if (x === 2) { console.log("skip"); continue; } if (x === 4) break; console.log("of", x); }
let s = ""; for (const ch of "abcd") { if (ch === "b") continue; if (ch === "d") break; s += ch; } console.log(s);
