// Converting between byte arrays and hex strings.
function toHex(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += bytes[i].toString(16).padStart(2, "0");
  return s;
}
function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substring(i * 2, i * 2 + 2), 16);
  return out;
}
const bytes = fromHex("deadbeef0001ff");
console.log(bytes.join(","), toHex(bytes), toHex(fromHex(toHex(bytes))) === "deadbeef0001ff");
