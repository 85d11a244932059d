// Building a length-prefixed packet with a trailing checksum.
class PacketBuilder {
  private bytes: number[] = [];
  u8(v: number): this { this.bytes.push(v & 0xff); return this; }
  u16(v: number): this { return this.u8(v >>> 8).u8(v); }
  str(s: string): this { for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i)); return this; }
  build(): number[] {
    let sum = 0;
    for (const b of this.bytes) sum = (sum + b) & 0xff;
    return [this.bytes.length, ...this.bytes, sum];
  }
}
const pkt = new PacketBuilder().u8(0x01).u16(0x1234).str("OK").build();
console.log(pkt.join(" "), pkt.length);
