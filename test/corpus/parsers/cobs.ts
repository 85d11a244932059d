// COBS framing: encode and decode a packet containing zeros.
function cobsEncode(data: number[]): number[] {
  const out: number[] = [0];
  let codeIndex = 0;
  let code = 1;
  for (const b of data) {
    if (b === 0) {
      out[codeIndex] = code;
      codeIndex = out.length;
      out.push(0);
      code = 1;
    } else {
      out.push(b);
      code++;
      if (code === 0xff) {
        out[codeIndex] = code;
        codeIndex = out.length;
        out.push(0);
        code = 1;
      }
    }
  }
  out[codeIndex] = code;
  return out;
}
function cobsDecode(data: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    const code = data[i++];
    for (let j = 1; j < code; j++) out.push(data[i++]);
    if (code < 0xff && i < data.length) out.push(0);
  }
  return out;
}
const packet = [0x11, 0x22, 0x00, 0x33, 0x00, 0x00, 0x44];
const enc = cobsEncode(packet);
console.log(enc.join(" "));
console.log(cobsDecode(enc).join(" "));
