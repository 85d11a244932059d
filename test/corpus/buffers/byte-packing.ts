// Packing little-endian integers into a frame buffer by hand.
function put16(buf: number[], v: number): void {
  buf.push(v & 0xff, (v >> 8) & 0xff);
}
function put32(buf: number[], v: number): void {
  buf.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}
function get32(buf: number[], at: number): number {
  return (buf[at] | (buf[at + 1] << 8) | (buf[at + 2] << 16) | (buf[at + 3] << 24)) >>> 0;
}
const frame: number[] = [];
put16(frame, 0xBEEF);
put32(frame, 0xDEADBEEF);
put32(frame, 1234567);
console.log(frame.join(" "));
console.log(get32(frame, 2).toString(16), get32(frame, 6));
