// SLIP framing: escape END and ESC bytes.
const END = 0xC0, ESC = 0xDB, ESC_END = 0xDC, ESC_ESC = 0xDD;
function encode(data: number[]): number[] {
  const out = [END];
  for (const b of data) {
    if (b === END) out.push(ESC, ESC_END);
    else if (b === ESC) out.push(ESC, ESC_ESC);
    else out.push(b);
  }
  out.push(END);
  return out;
}
function decode(frame: number[]): number[] {
  const out: number[] = [];
  let esc = false;
  for (const b of frame) {
    if (b === END) continue;
    if (esc) { out.push(b === ESC_END ? END : ESC); esc = false; }
    else if (b === ESC) esc = true;
    else out.push(b);
  }
  return out;
}
const msg = [1, 0xC0, 2, 0xDB, 3];
const enc = encode(msg);
console.log(enc.map((b) => b.toString(16)).join(" "));
console.log(decode(enc).join(","));
