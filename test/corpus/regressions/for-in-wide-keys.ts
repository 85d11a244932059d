// for-in gave every key with a character above U+00FF as a Symbol (its value
// read undefined); symbol-keyed properties are not enumerated.
const units: { [name: string]: number } = {};
units['°C'] = 1;
units['µs'] = 2;
units['Ω'] = 3;
units['rpm'] = 4;
units['日本'] = 5;
for (const k in units) console.log(k, units[k], k.length);
const tag = Symbol('tag');
const rec: any = { id: 7, 'ω': 2 };
rec[tag] = 'hidden';
const seen: string[] = [];
for (const k in rec) seen.push(`${k}=${rec[k]}`);
console.log(seen.join(' '), Object.keys(rec).length, rec[tag]);
