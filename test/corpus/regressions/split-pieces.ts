// Found by the fuzzer (seed 700, #207): split with a string separator built each piece in a 2 KiB block
// (a longer piece ran into the next block: corrupt text; a few thousand short pieces exhausted the heap),
// never grew its result past the first block, and did not retry a partial match at the next character
// ("aab".split("ab") gave ["aab"]). A UTF-16 join built with strcat took quadratic memory.
const nums: number[] = [];
for (let i = 0; i < 296; i++) nums.push(i * 37);
const v = nums.join('hello');
const parts = v.split('li');
console.log(v.length, parts.length, parts[0].length, parts[0].slice(2040, 2060));
const byHello = v.split('hello');
console.log(byHello.length, byHello[295], byHello.join('hello') === v);
const many = 'a,'.repeat(400).split(',');
console.log(many.length, many[0], many[399], JSON.stringify(many[400]));
const one = 'x'.repeat(3000).split(';');
console.log(one.length, one[0].length, one[0] === 'x'.repeat(3000));
console.log(JSON.stringify('aab'.split('ab')), JSON.stringify('aaab'.split('aab')), JSON.stringify('abababc'.split('abc')));
console.log(JSON.stringify('abcabc'.split('abc')), JSON.stringify(''.split('x')), JSON.stringify(''.split('')));
console.log(JSON.stringify('a-b-c'.split('-', 2)), JSON.stringify('a-b-c'.split('-', 0)), JSON.stringify('abc'.split('', 2)));
const w = 'µ→x→y→'.repeat(120);
const wp = w.split('→');
console.log(w.length, wp.length, wp[0], wp[wp.length - 2], JSON.stringify(wp[wp.length - 1]), wp.join('→') === w);
console.log(JSON.stringify('a→b→c'.split('→b')), JSON.stringify('→→'.split('→')), JSON.stringify('x→→y'.split('→→')));
const chars = 'xy'.repeat(300).split('');
console.log(chars.length, chars[0], chars[599]);
console.log(JSON.stringify('one two  three'.split(' ')), JSON.stringify('k=v=w'.split('=', 5)));
const arrows: string[] = [];
for (let i = 0; i < 600; i++) arrows.push(`→${i}`);
const joined = arrows.join('·');
console.log(joined.length, joined.slice(0, 12), joined.slice(-12), joined.split('·').length);
