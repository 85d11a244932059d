// Found by the fuzzer (seed t1, #52): lastIndexOf of a search string longer than the string
// compared bytes past its end; "".lastIndexOf("ﬀ") was 0. Latin-1 and wide strings, both ways.
const hay: string[] = ['', 'a', 'ab', 'ﬀ', 'aﬀ', 'ﬀb'];
const needles: string[] = ['', 'a', 'b', 'ﬀ', 'abc', 'ﬀbc', 'aﬀx'];
for (const h of hay) {
  const row: number[] = [];
  for (const n of needles) row.push(h.lastIndexOf(n), h.lastIndexOf(n, 0), h.indexOf(n));
  console.log(JSON.stringify(h), row.join(' '));
}
let s = '';
for (let i = 0; i < 3; i++) {
  console.log(s.lastIndexOf(s + 'x'), s.lastIndexOf('ﬀ' + s));
  s += 'q';
}
// (seed t1, #52 again) wide strings compared only the low byte of each UTF-16 unit: "\u0100" held "ﬀ"
for (const n of [0, 1, 255, 256, 0xfb00, 0x4e00]) {
  const s = String.fromCharCode(n) + 'ab' + String.fromCharCode(n);
  console.log(n, s.lastIndexOf('ﬀ'), s.lastIndexOf('bﬀ'), s.lastIndexOf('\u0100'), s.indexOf('ﬀ'), s.includes('ﬀ'));
}
