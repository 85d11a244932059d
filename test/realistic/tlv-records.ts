// Nested TLV (tag-length-value) records of a smart-meter's configuration/backup blob:
// a generic Codec<T> interface composes primitive codecs (u8, u16, u32, string, bytes) into
// record, list and optional codecs; nested containers use BER-style multi-byte lengths.
// Byte arrays are assembled with spread/rest, as a bring-up engineer would write it.

interface Codec<T> {
  readonly tag: number;
  encode(value: T): number[];
  decode(r: Reader): T;
  show(value: T): string;
}

class TlvError extends Error {
  constructor(message: string, readonly at: number) {
    super(`${message} @${at}`);
    this.name = "TlvError";
  }
}

class Reader {
  constructor(private readonly bytes: Uint8Array, private pos = 0, private readonly end = bytes.length) {}
  get offset(): number {
    return this.pos;
  }
  get remaining(): number {
    return this.end - this.pos;
  }
  u8(): number {
    if (this.pos >= this.end) throw new TlvError("read past end", this.pos);
    return this.bytes[this.pos++];
  }
  length(): number {
    const first = this.u8();
    if (first < 0x80) return first;
    const n = first & 0x7f;
    if (n === 0 || n > 3) throw new TlvError(`bad length form ${first.toString(16)}`, this.pos - 1);
    let len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | this.u8();
    return len;
  }
  /** Reads tag + length, checks the tag, returns a reader over the value. */
  enter(tag: number): Reader {
    const at = this.pos;
    const t = this.u8();
    if (t !== tag) throw new TlvError(`tag 0x${t.toString(16)} where 0x${tag.toString(16)} expected`, at);
    const len = this.length();
    if (len > this.remaining) throw new TlvError(`length ${len} exceeds ${this.remaining}`, at);
    const sub = new Reader(this.bytes, this.pos, this.pos + len);
    this.pos += len;
    return sub;
  }
  peekTag(): number | undefined {
    return this.pos < this.end ? this.bytes[this.pos] : undefined;
  }
  take(n: number): Uint8Array {
    if (n > this.remaining) throw new TlvError(`need ${n}`, this.pos);
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

function encodeLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>>= 8) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, ...chunks: number[][]): number[] {
  const value = chunks.flat();
  return [tag, ...encodeLength(value.length), ...value];
}

class UIntCodec implements Codec<number> {
  constructor(readonly tag: number, private readonly width: 1 | 2 | 4) {}
  encode(v: number): number[] {
    const bytes: number[] = [];
    for (let i = this.width - 1; i >= 0; i--) bytes.push((v >>> (i * 8)) & 0xff);
    return tlv(this.tag, bytes);
  }
  decode(r: Reader): number {
    const sub = r.enter(this.tag);
    if (sub.remaining !== this.width) throw new TlvError(`u${this.width * 8} with ${sub.remaining} bytes`, sub.offset);
    let v = 0;
    while (sub.remaining > 0) v = ((v << 8) | sub.u8()) >>> 0;
    return v;
  }
  show(v: number): string {
    return `0x${v.toString(16).padStart(this.width * 2, "0")}`;
  }
}

class StringCodec implements Codec<string> {
  constructor(readonly tag: number) {}
  encode(s: string): number[] {
    return tlv(this.tag, Array.from(s, (c) => c.charCodeAt(0) & 0xff));
  }
  decode(r: Reader): string {
    const sub = r.enter(this.tag);
    return String.fromCharCode(...sub.take(sub.remaining));
  }
  show(s: string): string {
    return `"${s}"`;
  }
}

class ListCodec<T> implements Codec<T[]> {
  constructor(readonly tag: number, private readonly item: Codec<T>) {}
  encode(items: T[]): number[] {
    return tlv(this.tag, ...items.map((it) => this.item.encode(it)));
  }
  decode(r: Reader): T[] {
    const sub = r.enter(this.tag);
    const out: T[] = [];
    while (sub.remaining > 0) out.push(this.item.decode(sub));
    return out;
  }
  show(items: T[]): string {
    return `[${items.map((i) => this.item.show(i)).join(", ")}]`;
  }
}

type Fields<T> = { [K in keyof T]: Codec<T[K]> };

class RecordCodec<T extends object> implements Codec<T> {
  constructor(readonly tag: number, private readonly fields: Fields<T>, private readonly order: (keyof T)[]) {}
  encode(value: T): number[] {
    const parts: number[][] = [];
    for (const k of this.order) parts.push(this.fields[k].encode(value[k]));
    return tlv(this.tag, ...parts);
  }
  decode(r: Reader): T {
    const sub = r.enter(this.tag);
    const out = {} as T;
    for (const k of this.order) out[k] = this.fields[k].decode(sub);
    if (sub.remaining !== 0) throw new TlvError(`${sub.remaining} trailing bytes in record`, sub.offset);
    return out;
  }
  show(v: T): string {
    return `{${this.order.map((k) => `${String(k)}: ${this.fields[k].show(v[k])}`).join(", ")}}`;
  }
}

interface Tariff {
  id: number;
  name: string;
  pricePerKwh: number;
}

interface Channel {
  index: number;
  label: string;
  scaler: number;
}

interface MeterConfig {
  serial: number;
  model: string;
  tariffs: Tariff[];
  channels: Channel[];
  flags: number;
}

const u8 = (tag: number) => new UIntCodec(tag, 1);
const tariffCodec = new RecordCodec<Tariff>(0x30, { id: u8(0x01), name: new StringCodec(0x02), pricePerKwh: new UIntCodec(0x03, 4) }, ["id", "name", "pricePerKwh"]);
const channelCodec = new RecordCodec<Channel>(0x31, { index: u8(0x01), label: new StringCodec(0x04), scaler: new UIntCodec(0x05, 2) }, ["index", "label", "scaler"]);
const configCodec = new RecordCodec<MeterConfig>(
  0x60,
  {
    serial: new UIntCodec(0x10, 4),
    model: new StringCodec(0x11),
    tariffs: new ListCodec(0x12, tariffCodec),
    channels: new ListCodec(0x13, channelCodec),
    flags: new UIntCodec(0x14, 2),
  },
  ["serial", "model", "tariffs", "channels", "flags"],
);

function dump(bytes: ArrayLike<number>, per = 20): void {
  for (let i = 0; i < bytes.length; i += per) {
    const row: string[] = [];
    for (let k = i; k < Math.min(i + per, bytes.length); k++) row.push(bytes[k].toString(16).padStart(2, "0"));
    console.log(`  ${i.toString().padStart(4, " ")}: ${row.join(" ")}`);
  }
}

function main(): void {
  console.log("lengths", [0, 5, 127, 128, 255, 256, 70000].map((n) => encodeLength(n).join(".")).join(" "));
  const cfg: MeterConfig = {
    serial: 0xdeadbeef,
    model: "HX-3PH-400",
    tariffs: [
      { id: 1, name: "peak", pricePerKwh: 31250 },
      { id: 2, name: "offpeak", pricePerKwh: 18990 },
      { id: 3, name: "solar-feed", pricePerKwh: 8200 },
    ],
    channels: Array.from({ length: 9 }, (_, i) => ({ index: i, label: `L${(i % 3) + 1}-${["V", "I", "P"][Math.floor(i / 3)]}`, scaler: 10 ** (i % 4) })),
    flags: 0b1010_0000_0101,
  };
  const bytes = configCodec.encode(cfg);
  console.log("encoded", bytes.length, "bytes");
  dump(bytes);
  const blob = Uint8Array.from(bytes);
  const back = configCodec.decode(new Reader(blob));
  console.log(configCodec.show(back));
  console.log("equal", configCodec.show(back) === configCodec.show(cfg), back.tariffs.length, back.channels[8]?.label);
  for (const { id, name, pricePerKwh } of back.tariffs) console.log(` tariff ${id} ${name.padEnd(10, ".")} ${(pricePerKwh / 1e5).toFixed(4)}`);
  back.channels.forEach((c, i) => console.log(` ch${i}`, c.index, c.label, c.scaler, Math.log10(c.scaler)));
  const total = back.tariffs.reduce((s, { pricePerKwh }) => s + pricePerKwh, 0);
  console.log("avg price", (total / back.tariffs.length / 1e5).toFixed(5));

  // Long list -> multi-byte length form.
  const big = new ListCodec(0x70, new StringCodec(0x71));
  const words = Array.from({ length: 40 }, (_, i) => `w${i * i}`);
  const bigBytes = big.encode(words);
  console.log("big", bigBytes.length, bigBytes.slice(0, 4).join(","), big.decode(new Reader(Uint8Array.from(bigBytes))).slice(-3).join(" "));

  const corruptions: Array<[string, (b: number[]) => number[]]> = [
    ["truncated", (b) => b.slice(0, b.length - 3)],
    ["wrong tag", (b) => [0x61, ...b.slice(1)]],
    ["bad width", (b) => { const c = [...b]; c[4] = 3; return c; }],
    ["trailing", (b) => tlv(0x60, b.slice(3), [0x99, 0x00])],
    ["bad length form", (b) => [b[0], 0x80, ...b.slice(2)]],
  ];
  for (const [name, mutate] of corruptions) {
    try {
      const r = configCodec.decode(new Reader(Uint8Array.from(mutate(bytes))));
      console.log(name, "decoded?!", r.model);
    } catch (e) {
      if (e instanceof TlvError) console.log(name, "->", e.message, e.at);
      else throw e;
    }
  }
}

main();
