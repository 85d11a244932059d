// Found by the fuzzer: repeat's RangeError names the count as V8 does, and an empty
// string repeated is empty (the builtin divided by its length: a trap).
const s: string = 'ab';
const counts: number[] = [0, 1, 3, 2.7, -0.5, NaN];
for (const c of counts) console.log(c, JSON.stringify(s.repeat(c)));
for (const c of [-1, -1.5, Infinity, -Infinity, 1e10]) {
  try { console.log(s.repeat(c).length); } catch (e) { console.log((e as Error).name, (e as Error).message); }
}
const w: string = 'é€';
console.log(w.repeat(3), ''.repeat(5).length);
try { console.log(''.repeat(-2)); } catch (e) { console.log(String(e)); }
