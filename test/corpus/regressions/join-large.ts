// Found by the fuzzer (seed L1, #31 and five more): join of a few hundred numbers stopped with STRING TOO
// LONG past 2 KiB (each number's digits were allocated after the result, which could not grow in place);
// toString, String(array) and template literals of arrays with characters above U+00FF were one-byte.
const a: number[] = [];
for (let i = 0; i < 2042; i++) a.push(i * 7);
const s = a.join();
console.log(s.length, s.slice(0, 30), s.slice(-30));
const t = a.join(' | ');
console.log(t.length, t.slice(-20));
console.log(a.toString().length, String(a).length, `${a}`.length);
const w: any[] = [1, 'ω', 'x', 2.5, null, undefined, 'é'];
console.log(w.join(), w.toString(), w.join('→'));
const big: string[] = [];
for (let i = 0; i < 3000; i++) big.push(`s${i}`);
console.log(big.join('').length, big.join('').slice(-12));
const samples = new Int16Array(1024);
for (let i = 0; i < samples.length; i++) samples[i] = (i * 977) % 4000 - 2000;
const csv = samples.join(',');
console.log(csv.length, csv.slice(0, 24), samples.toString().length);
