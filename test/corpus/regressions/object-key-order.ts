// Found by the fuzzer (seed gtest, six programs, once the generator made objects with number-like keys):
// for...in, Object.keys, values and entries listed keys in insertion order; JavaScript lists array-index
// keys first, ascending, then the other strings in insertion order.
const o: Record<string, number> = { b: 1, '10': 2, '2': 3, a: 4, '0': 5, '01': 6, '4294967295': 7, '4294967294': 8, '-1': 9, '1.5': 10 };
let acc = '';
for (const k in o) acc += k + '=' + o[k] + ' ';
console.log(acc);
console.log(Object.keys(o).join(','), Object.values(o).join(','));
console.log(JSON.stringify(Object.entries(o)));
const regs: Record<number, string> = {};
regs[0x40] = 'ctrl'; regs[0x04] = 'stat'; regs[0x100] = 'data'; regs[12] = 'x';
console.log(Object.keys(regs).join(' '), JSON.stringify(regs));
const lit = { z: 1, 3: 'three', 1: 'one', y: 2, 2: 'two' };
console.log(Object.keys(lit).join(' '));
delete (lit as any)[1];
(lit as any)[0] = 'zero';
console.log(Object.keys(lit).join(' '), lit[3], lit[2], (lit as any)[0]);
const w: Record<string, number> = { 'é': 1, '7': 2, 'ω': 3, '5': 4 };
console.log(Object.keys(w).join(' '));
class P { x = 1; 5 = 'five'; y = 2; 1 = 'one'; }
console.log(Object.keys(new P()).join(' '));
const m: Record<string, number> = {};
for (let i = 30; i >= 0; i -= 3) m[String(i)] = i;
m['k'] = -1;
console.log(Object.keys(m).join(','), m['27'], m['0'], m.k);
