// Telemetry downlink of a small satellite's housekeeping computer: typed records (float32,
// float64, int16/32, uint8) are serialised with DataView into fixed packets in either byte order
// (big-endian CCSDS-like primary header, little-endian payload for the legacy ground station),
// with sequence counters, a Fletcher-16 checksum, and parsed back on the ground side.

enum FieldType {
  U8 = "u8",
  I16 = "i16",
  U16 = "u16",
  I32 = "i32",
  U32 = "u32",
  F32 = "f32",
  F64 = "f64",
}

const SIZES: { readonly [K in FieldType]: number } = {
  [FieldType.U8]: 1,
  [FieldType.I16]: 2,
  [FieldType.U16]: 2,
  [FieldType.I32]: 4,
  [FieldType.U32]: 4,
  [FieldType.F32]: 4,
  [FieldType.F64]: 8,
};

interface Field {
  readonly name: string;
  readonly type: FieldType;
}

type Sample = Record<string, number>;

class ChecksumError extends Error {
  constructor(readonly expected: number, readonly actual: number) {
    super(`checksum ${actual.toString(16).padStart(4, "0")} != ${expected.toString(16).padStart(4, "0")}`);
    this.name = "ChecksumError";
  }
}

function fletcher16(bytes: Uint8Array, start: number, end: number): number {
  let s1 = 0;
  let s2 = 0;
  for (let i = start; i < end; i++) {
    s1 = (s1 + bytes[i]) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}

const HEADER = 8;

class PacketLayout {
  readonly payloadSize: number;
  private readonly offsets: number[] = [];
  constructor(readonly apid: number, readonly fields: readonly Field[], readonly little: boolean) {
    let off = 0;
    for (const f of fields) {
      this.offsets.push(off);
      off += SIZES[f.type];
    }
    this.payloadSize = off;
  }
  get packetSize(): number {
    return HEADER + this.payloadSize + 2;
  }
  write(view: DataView, base: number, sample: Sample): void {
    this.fields.forEach((f, i) => {
      const at = base + this.offsets[i];
      const v = sample[f.name] ?? 0;
      switch (f.type) {
        case FieldType.U8: view.setUint8(at, v); break;
        case FieldType.I16: view.setInt16(at, v, this.little); break;
        case FieldType.U16: view.setUint16(at, v, this.little); break;
        case FieldType.I32: view.setInt32(at, v, this.little); break;
        case FieldType.U32: view.setUint32(at, v, this.little); break;
        case FieldType.F32: view.setFloat32(at, v, this.little); break;
        case FieldType.F64: view.setFloat64(at, v, this.little); break;
      }
    });
  }
  read(view: DataView, base: number): Sample {
    const out: Sample = {};
    for (let i = 0; i < this.fields.length; i++) {
      const { name, type } = this.fields[i];
      const at = base + this.offsets[i];
      let v: number;
      if (type === FieldType.U8) v = view.getUint8(at);
      else if (type === FieldType.I16) v = view.getInt16(at, this.little);
      else if (type === FieldType.U16) v = view.getUint16(at, this.little);
      else if (type === FieldType.I32) v = view.getInt32(at, this.little);
      else if (type === FieldType.U32) v = view.getUint32(at, this.little);
      else if (type === FieldType.F32) v = view.getFloat32(at, this.little);
      else v = view.getFloat64(at, this.little);
      out[name] = v;
    }
    return out;
  }
}

class Downlink {
  private seq = new Map<number, number>();
  readonly buffer: ArrayBuffer;
  private readonly view: DataView;
  private used = 0;
  constructor(capacity: number) {
    this.buffer = new ArrayBuffer(capacity);
    this.view = new DataView(this.buffer);
  }
  get length(): number {
    return this.used;
  }
  emit(layout: PacketLayout, sample: Sample): number {
    const base = this.used;
    const seq = this.seq.get(layout.apid) ?? 0;
    this.seq.set(layout.apid, (seq + 1) & 0x3fff);
    // primary header, always big-endian
    this.view.setUint16(base, 0x0800 | (layout.apid & 0x7ff));
    this.view.setUint16(base + 2, 0xc000 | seq);
    this.view.setUint16(base + 4, layout.payloadSize + 1);
    this.view.setUint16(base + 6, layout.little ? 0x4c45 : 0x4245);
    layout.write(this.view, base + HEADER, sample);
    const bytes = new Uint8Array(this.buffer);
    const sum = fletcher16(bytes, base, base + HEADER + layout.payloadSize);
    this.view.setUint16(base + HEADER + layout.payloadSize, sum);
    this.used += layout.packetSize;
    return seq;
  }
}

function parseStream(buf: ArrayBuffer, len: number, layouts: Map<number, PacketLayout>): void {
  const view = new DataView(buf, 0, len);
  const bytes = new Uint8Array(buf, 0, len);
  let pos = 0;
  while (pos + HEADER <= len) {
    const id = view.getUint16(pos);
    const apid = id & 0x7ff;
    const seq = view.getUint16(pos + 2) & 0x3fff;
    const plen = view.getUint16(pos + 4) - 1;
    const tag = String.fromCharCode(view.getUint8(pos + 6), view.getUint8(pos + 7));
    const layout = layouts.get(apid);
    try {
      if (!layout) throw new Error(`unknown apid ${apid}`);
      const expected = view.getUint16(pos + HEADER + plen);
      const actual = fletcher16(bytes, pos, pos + HEADER + plen);
      if (expected !== actual) throw new ChecksumError(expected, actual);
      const s = layout.read(view, pos + HEADER);
      const text = Object.keys(s)
        .map((k) => `${k}=${Number.isInteger(s[k]) ? s[k] : s[k].toPrecision(7)}`)
        .join(" ");
      console.log(`apid ${apid} seq ${seq} ${tag} ${text}`);
    } catch (e) {
      console.log(`apid ${apid} seq ${seq} dropped: ${(e as Error).message}`, e instanceof ChecksumError);
    }
    pos += HEADER + plen + 2;
  }
  console.log("parsed bytes", pos, "of", len);
}

function main(): void {
  const power = new PacketLayout(
    0x21,
    [
      { name: "vbat", type: FieldType.F32 },
      { name: "ibat", type: FieldType.I16 },
      { name: "soc", type: FieldType.U8 },
      { name: "flags", type: FieldType.U8 },
      { name: "energy", type: FieldType.F64 },
    ],
    true,
  );
  const attitude = new PacketLayout(
    0x35,
    [
      { name: "q0", type: FieldType.F32 },
      { name: "q1", type: FieldType.F32 },
      { name: "rate", type: FieldType.F64 },
      { name: "tick", type: FieldType.U32 },
      { name: "temp", type: FieldType.I32 },
      { name: "mode", type: FieldType.U16 },
    ],
    false,
  );
  console.log("sizes", power.payloadSize, power.packetSize, attitude.payloadSize, attitude.packetSize);
  const link = new Downlink(1024);
  const layouts = new Map<number, PacketLayout>([
    [power.apid, power],
    [attitude.apid, attitude],
  ]);

  let phase = 0.3;
  for (let t = 0; t < 6; t++) {
    phase += 0.7;
    const vbat = 7.4 + Math.sin(phase) * 0.35;
    link.emit(power, { vbat, ibat: Math.round(-1200 + t * 517.3), soc: 93 - t * 7, flags: (1 << t) | 0x80, energy: 3600.125 * (t + 1) / 3 });
    if (t % 2 === 0) {
      const half = phase / 2;
      link.emit(attitude, {
        q0: Math.cos(half),
        q1: Math.sin(half),
        rate: -0.001953125 * (t + 1) + 1e-9,
        tick: 0xfffffff0 + t * 7,
        temp: -273 + t * 1000,
        mode: 0xa5a5 >> t,
      });
    }
  }
  console.log("stream length", link.length);
  const raw = new Uint8Array(link.buffer, 0, link.length);
  const head = Array.from(raw.subarray(0, 24), (b) => b.toString(16).padStart(2, "0")).join("");
  console.log("head", head);

  // The same float in both byte orders, checked byte by byte.
  const probe = new DataView(new ArrayBuffer(16));
  probe.setFloat32(0, -2.5e-3, true);
  probe.setFloat32(4, -2.5e-3, false);
  probe.setFloat64(8, Math.PI);
  console.log("f32 le/be", probe.getUint32(0).toString(16), probe.getUint32(4).toString(16), probe.getFloat32(0, true), probe.getFloat32(4));
  console.log("f64 be", probe.getUint32(8).toString(16), probe.getUint32(12).toString(16), probe.getFloat64(8) === Math.PI, probe.getFloat64(8, true));
  probe.setInt16(0, -2, true);
  console.log("i16", probe.getInt16(0, true), probe.getUint16(0), probe.getInt8(1), probe.byteLength);

  for (const v of [0.1, -1.5, 65504, 1e-40, 3.4028235e38, -0]) {
    probe.setFloat32(0, v, true);
    probe.setFloat32(4, v);
    console.log("f32", v, probe.getFloat32(0, true), probe.getUint32(0, true).toString(16), probe.getUint32(4).toString(16), Object.is(probe.getFloat32(4), -0));
  }
  parseStream(link.buffer, link.length, layouts);
  // Corrupt one payload byte of the third packet and drop the attitude layout.
  raw[power.packetSize + attitude.packetSize + HEADER + 3] ^= 0x10;
  layouts.delete(0x35);
  parseStream(link.buffer, link.length, layouts);
}

main();
