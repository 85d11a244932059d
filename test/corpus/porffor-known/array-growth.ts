// Arrays growing far past their first allocation must not corrupt the next object.
const a: number[] = [];
const b = [777];
for (let i = 0; i < 5000; i++) a.push(i * 2);
console.log(a.length, a[0], a[1819], a[1820], a[4999], b[0], b.length);
const words: string[] = [];
for (let i = 0; i < 2500; i++) words.push(`w${i}`);
console.log(words.length, words[2499], b[0]);
