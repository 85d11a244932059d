// Found by the fuzzer (seed L1, #324): slice with its end before its start asked a wide string
// for 4 GiB (OUT OF MEMORY), and substr with a negative length made a string of length -1.
const strings: string[] = ['abcdefghij', '日本x1abcdef', '', 'é'];
const bounds: number[] = [-30, -3, -1, 0, 2, 7, 30];
for (const s of strings) {
  const out: string[] = [];
  for (const a of bounds) {
    for (const b of bounds) out.push(s.slice(a, b), s.substring(a, b), s.substr(a, b));
    out.push(s.slice(a), s.substring(a), s.substr(a));
  }
  console.log(JSON.stringify(s), out.length, out.join('|'));
}
