// Minimal CBOR (RFC 8949 subset) codec used by a constrained CoAP endpoint: unsigned and
// negative integers, text strings, byte strings, arrays, maps, true/false/null and float64.
// Values are a tagged union; a growable byte writer, a cursor-based decoder and a diagnostic
// pretty printer (RFC 8949 section 8 style) round out the module.

const enum Major {
  Unsigned = 0,
  Negative = 1,
  Bytes = 2,
  Text = 3,
  Array = 4,
  Map = 5,
  Simple = 7,
}

type CborValue =
  | { t: "int"; v: number }
  | { t: "text"; v: string }
  | { t: "bytes"; v: Uint8Array }
  | { t: "array"; v: CborValue[] }
  | { t: "map"; v: Array<[CborValue, CborValue]> }
  | { t: "bool"; v: boolean }
  | { t: "null" }
  | { t: "float"; v: number };

const int = (v: number): CborValue => ({ t: "int", v });
const text = (v: string): CborValue => ({ t: "text", v });
const arr = (...v: CborValue[]): CborValue => ({ t: "array", v });
const map = (...pairs: Array<[CborValue, CborValue]>): CborValue => ({ t: "map", v: pairs });

class CborError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (offset ${offset})`);
  }
}

class ByteWriter {
  private buf = new Uint8Array(16);
  private len = 0;
  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let cap = this.buf.length;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  push(...bytes: number[]): void {
    this.ensure(bytes.length);
    for (const b of bytes) this.buf[this.len++] = b;
  }
  pushAll(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
  get bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
  get capacity(): number {
    return this.buf.length;
  }
}

function head(w: ByteWriter, major: Major, n: number): void {
  const mt = major << 5;
  if (n < 24) w.push(mt | n);
  else if (n < 0x100) w.push(mt | 24, n);
  else if (n < 0x10000) w.push(mt | 25, n >> 8, n & 0xff);
  else if (n < 0x100000000) w.push(mt | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  else {
    const hi = Math.floor(n / 0x100000000);
    const lo = n >>> 0;
    w.push(mt | 27, (hi >>> 24) & 0xff, (hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff);
    w.push((lo >>> 24) & 0xff, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff);
  }
}

function encodeInto(w: ByteWriter, value: CborValue): void {
  switch (value.t) {
    case "int":
      if (value.v >= 0) head(w, Major.Unsigned, value.v);
      else head(w, Major.Negative, -1 - value.v);
      break;
    case "text": {
      const units = Array.from(value.v, (c) => c.charCodeAt(0));
      head(w, Major.Text, units.length);
      w.push(...units);
      break;
    }
    case "bytes":
      head(w, Major.Bytes, value.v.length);
      w.pushAll(value.v);
      break;
    case "array":
      head(w, Major.Array, value.v.length);
      value.v.forEach((item) => encodeInto(w, item));
      break;
    case "map":
      head(w, Major.Map, value.v.length);
      for (const [k, v] of value.v) {
        encodeInto(w, k);
        encodeInto(w, v);
      }
      break;
    case "bool":
      w.push(value.v ? 0xf5 : 0xf4);
      break;
    case "null":
      w.push(0xf6);
      break;
    case "float": {
      const dv = new DataView(new ArrayBuffer(8));
      dv.setFloat64(0, value.v);
      w.push(0xfb, ...new Uint8Array(dv.buffer));
      break;
    }
  }
}

function encode(value: CborValue): Uint8Array {
  const w = new ByteWriter();
  encodeInto(w, value);
  return w.bytes;
}

class Decoder {
  private pos = 0;
  private readonly view: DataView;
  depth = 0;
  maxDepth = 0;
  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  get done(): boolean {
    return this.pos >= this.data.length;
  }
  private need(n: number): void {
    if (this.pos + n > this.data.length) throw new CborError(`truncated, need ${n}`, this.pos);
  }
  private argument(info: number): number {
    if (info < 24) return info;
    const sizes: Record<number, number> = { 24: 1, 25: 2, 26: 4, 27: 8 };
    const size = sizes[info];
    if (size === undefined) throw new CborError(`reserved additional info ${info}`, this.pos - 1);
    this.need(size);
    let v: number;
    if (size === 1) v = this.view.getUint8(this.pos);
    else if (size === 2) v = this.view.getUint16(this.pos);
    else if (size === 4) v = this.view.getUint32(this.pos);
    else v = this.view.getUint32(this.pos) * 0x100000000 + this.view.getUint32(this.pos + 4);
    this.pos += size;
    return v;
  }
  decode(): CborValue {
    this.need(1);
    const start = this.pos;
    const ib = this.data[this.pos++];
    const major = ib >> 5;
    const info = ib & 0x1f;
    if (major === Major.Simple) {
      switch (info) {
        case 20: return { t: "bool", v: false };
        case 21: return { t: "bool", v: true };
        case 22: return { t: "null" };
        case 27: {
          this.need(8);
          const f = this.view.getFloat64(this.pos);
          this.pos += 8;
          return { t: "float", v: f };
        }
        default: throw new CborError(`unsupported simple ${info}`, start);
      }
    }
    const n = this.argument(info);
    switch (major) {
      case Major.Unsigned: return int(n);
      case Major.Negative: return int(-1 - n);
      case Major.Bytes:
      case Major.Text: {
        this.need(n);
        const slice = this.data.slice(this.pos, this.pos + n);
        this.pos += n;
        return major === Major.Bytes ? { t: "bytes", v: slice } : text(String.fromCharCode(...slice));
      }
      default: {
        this.depth++;
        this.maxDepth = Math.max(this.maxDepth, this.depth);
        try {
          if (major === Major.Array) {
            const items: CborValue[] = [];
            for (let i = 0; i < n; i++) items.push(this.decode());
            return { t: "array", v: items };
          }
          const pairs: Array<[CborValue, CborValue]> = [];
          for (let i = 0; i < n; i++) {
            const k = this.decode();
            pairs.push([k, this.decode()]);
          }
          return { t: "map", v: pairs };
        } finally {
          this.depth--;
        }
      }
    }
  }
}

function diag(v: CborValue, indent = ""): string {
  const inner = indent + "  ";
  switch (v.t) {
    case "int": return String(v.v);
    case "text": return `"${v.v}"`;
    case "bytes": return `h'${Array.from(v.v, (b) => b.toString(16).padStart(2, "0")).join("")}'`;
    case "bool": return v.v ? "true" : "false";
    case "null": return "null";
    case "float": return Number.isInteger(v.v) ? v.v.toFixed(1) : String(v.v);
    case "array":
      if (v.v.length === 0) return "[]";
      if (v.v.every((x) => x.t !== "array" && x.t !== "map")) return `[${v.v.map((x) => diag(x)).join(", ")}]`;
      return `[\n${v.v.map((x) => inner + diag(x, inner)).join(",\n")}\n${indent}]`;
    case "map":
      if (v.v.length === 0) return "{}";
      return `{\n${v.v.map(([k, x]) => `${inner}${diag(k, inner)}: ${diag(x, inner)}`).join(",\n")}\n${indent}}`;
  }
}

const hexOf = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function main(): void {
  const scalars: CborValue[] = [
    int(0), int(23), int(24), int(255), int(256), int(65535), int(65536), int(4294967295), int(4294967296),
    int(-1), int(-24), int(-25), int(-500), int(-4294967297), int(9007199254740991),
    text(""), text("IETF"), { t: "bool", v: true }, { t: "null" }, { t: "float", v: 1.1 }, { t: "float", v: -4 },
  ];
  for (const s of scalars) {
    const e = encode(s);
    const d = new Decoder(e).decode();
    console.log(diag(s).padEnd(18), hexOf(e).padEnd(20), diag(d) === diag(s));
  }

  const reading = map(
    [text("dev"), text("hx-coap-7")],
    [int(1), arr(int(21), int(-3), { t: "float", v: 20.75 })],
    [text("cal"), map([text("k"), int(1000)], [text("b"), { t: "bytes", v: new Uint8Array([0xde, 0xad, 0, 0xbe, 0xef]) }])],
    [text("tags"), arr()],
    [text("ok"), { t: "bool", v: false }],
    [text("nested"), arr(arr(int(1), arr(int(2), arr(int(3)))), map())],
  );
  const bytes = encode(reading);
  console.log("payload", bytes.length, hexOf(bytes.subarray(0, 32)));
  const dec = new Decoder(bytes);
  const back = dec.decode();
  console.log(diag(back));
  console.log("same", diag(back) === diag(reading), "depth", dec.maxDepth, dec.depth, dec.done);

  const big = arr(...Array.from({ length: 30 }, (_, i) => int(i * i * i - 500)));
  const bigBytes = encode(big);
  const w = new ByteWriter();
  for (let i = 0; i < 40; i++) w.push(i);
  console.log("big", bigBytes.length, hexOf(bigBytes.subarray(0, 12)), "writer cap", w.capacity);
  const sum = (new Decoder(bigBytes).decode() as { t: "array"; v: CborValue[] }).v.reduce((acc, x) => acc + (x.t === "int" ? x.v : 0), 0);
  console.log("sum", sum);

  const broken: Uint8Array[] = [
    bytes.subarray(0, 20),
    new Uint8Array([0x1c]),
    new Uint8Array([0xf7]),
    new Uint8Array([0x62, 0x41]),
    new Uint8Array([0x82, 0x01]),
  ];
  for (const b of broken) {
    try {
      console.log("decoded", diag(new Decoder(b).decode()));
    } catch (e) {
      console.log("error", hexOf(b.subarray(0, 4)), (e as CborError).message, (e as CborError).offset);
    }
  }
}

main();
