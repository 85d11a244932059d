// CAN signal codec of a body-control ECU: signals from a DBC-like table are packed into and
// unpacked from 8-byte CAN frames at arbitrary bit positions, in Intel (little-endian) and
// Motorola (big-endian, DBC "sawtooth" numbering) byte order, with scale/offset and sign.

enum ByteOrder {
  Intel,
  Motorola,
}

interface SignalDef {
  readonly name: string;
  readonly start: number; // DBC start bit
  readonly length: number;
  readonly order: ByteOrder;
  readonly signed: boolean;
  readonly scale: number;
  readonly offset: number;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
}

interface MessageDef {
  readonly id: number;
  readonly name: string;
  readonly dlc: number;
  readonly signals: readonly SignalDef[];
}

class SignalRangeError extends RangeError {
  constructor(readonly signal: string, readonly value: number) {
    super(`${signal}: ${value} out of range`);
    this.name = "SignalRangeError";
  }
}

/** Bit positions (0 = bit 0 of byte 0) of a signal, least significant bit first. */
function bitPositions(sig: SignalDef): number[] {
  const out: number[] = [];
  if (sig.order === ByteOrder.Intel) {
    for (let i = 0; i < sig.length; i++) out.push(sig.start + i);
    return out;
  }
  // Motorola: start is the MSB; walk towards the LSB in sawtooth order.
  let pos = sig.start;
  const msbFirst: number[] = [];
  for (let i = 0; i < sig.length; i++) {
    msbFirst.push(pos);
    if (pos % 8 === 0) pos += 15;
    else pos--;
  }
  return msbFirst.reverse();
}

function extractRaw(data: Uint8Array, sig: SignalDef): number {
  let raw = 0;
  bitPositions(sig).forEach((pos, i) => {
    const bit = (data[pos >> 3] >> (pos & 7)) & 1;
    raw += bit * 2 ** i;
  });
  if (sig.signed && raw >= 2 ** (sig.length - 1)) raw -= 2 ** sig.length;
  return raw;
}

function insertRaw(data: Uint8Array, sig: SignalDef, raw: number): void {
  let u = raw < 0 ? raw + 2 ** sig.length : raw;
  for (const pos of bitPositions(sig)) {
    const byte = pos >> 3;
    const mask = 1 << (pos & 7);
    if (u % 2 === 1) data[byte] |= mask;
    else data[byte] &= ~mask & 0xff;
    u = Math.floor(u / 2);
  }
}

class CanFrame {
  readonly data = new Uint8Array(8);
  constructor(readonly id: number, readonly dlc: number) {}
  toString(): string {
    const bytes = Array.from(this.data.subarray(0, this.dlc), (b) => b.toString(16).padStart(2, "0"));
    return `${this.id.toString(16).toUpperCase().padStart(3, "0")} [${this.dlc}] ${bytes.join(" ")}`;
  }
}

class Codec {
  private readonly byId = new Map<number, MessageDef>();
  private readonly byName = new Map<string, MessageDef>();
  constructor(defs: readonly MessageDef[]) {
    for (const d of defs) {
      this.byId.set(d.id, d);
      this.byName.set(d.name, d);
    }
  }
  encode(name: string, values: Record<string, number>): CanFrame {
    const def = this.byName.get(name);
    if (!def) throw new Error(`unknown message ${name}`);
    const frame = new CanFrame(def.id, def.dlc);
    for (const sig of def.signals) {
      const phys = values[sig.name] ?? sig.offset;
      const { min = -Infinity, max = Infinity } = sig;
      if (phys < min || phys > max) throw new SignalRangeError(sig.name, phys);
      const raw = Math.round((phys - sig.offset) / sig.scale);
      insertRaw(frame.data, sig, raw);
    }
    return frame;
  }
  decode(frame: CanFrame): Map<string, number> {
    const def = this.byId.get(frame.id);
    const out = new Map<string, number>();
    if (def === undefined) return out;
    for (const sig of def.signals) {
      const raw = extractRaw(frame.data, sig);
      out.set(sig.name, raw * sig.scale + sig.offset);
    }
    return out;
  }
  unitOf(msg: string, sig: string): string {
    return this.byName.get(msg)?.signals.find((s) => s.name === sig)?.unit ?? "-";
  }
}

const sig = (
  name: string,
  start: number,
  length: number,
  order: ByteOrder,
  extra: Partial<SignalDef> = {},
): SignalDef => ({ name, start, length, order, signed: false, scale: 1, offset: 0, ...extra });

const DB: MessageDef[] = [
  {
    id: 0x1a0,
    name: "EngineData",
    dlc: 8,
    signals: [
      sig("RPM", 0, 16, ByteOrder.Intel, { scale: 0.25, unit: "rpm", max: 16000 }),
      sig("CoolantTemp", 16, 8, ByteOrder.Intel, { offset: -40, unit: "degC" }),
      sig("Throttle", 24, 10, ByteOrder.Intel, { scale: 0.1, unit: "%", max: 100 }),
      sig("Gear", 34, 3, ByteOrder.Intel),
      sig("Torque", 40, 12, ByteOrder.Intel, { signed: true, scale: 0.5, unit: "Nm" }),
      sig("Check", 52, 1, ByteOrder.Intel),
      sig("Counter", 60, 4, ByteOrder.Intel),
    ],
  },
  {
    id: 0x2f1,
    name: "Chassis",
    dlc: 8,
    signals: [
      sig("WheelFL", 7, 13, ByteOrder.Motorola, { scale: 0.05, unit: "km/h" }),
      sig("WheelFR", 10, 13, ByteOrder.Motorola, { scale: 0.05, unit: "km/h" }),
      sig("SteerAngle", 39, 16, ByteOrder.Motorola, { signed: true, scale: 0.1, unit: "deg" }),
      sig("YawRate", 55, 12, ByteOrder.Motorola, { signed: true, scale: 0.01, offset: 0, unit: "deg/s" }),
      sig("Brake", 59, 2, ByteOrder.Motorola),
    ],
  },
];

function lcg(seed: number): number {
  return (Math.imul(seed, 1103515245) + 12345) >>> 0;
}

function main(): void {
  const codec = new Codec(DB);
  for (const def of DB) {
    for (const s of def.signals) {
      const bits = bitPositions(s);
      const lo = Math.min(...bits);
      const hi = Math.max(...bits);
      console.log(`${def.name}.${s.name} ${ByteOrder[s.order]} start=${s.start} len=${s.length} bits ${lo}..${hi}`);
    }
  }

  const samples: Array<[string, Record<string, number>]> = [
    ["EngineData", { RPM: 3512.75, CoolantTemp: 92, Throttle: 37.4, Gear: 5, Torque: -120.5, Check: 1, Counter: 9 }],
    ["EngineData", { RPM: 0, CoolantTemp: -40, Throttle: 0, Gear: 0, Torque: 1023.5, Counter: 15 }],
    ["Chassis", { WheelFL: 88.35, WheelFR: 88.4, SteerAngle: -12.3, YawRate: 4.56, Brake: 2 }],
    ["Chassis", { WheelFL: 409.55, WheelFR: 0.05, SteerAngle: 3276.7, YawRate: -20.48, Brake: 3 }],
    ["EngineData", { RPM: 17000 }],
    ["Gearbox", {}],
  ];

  for (const [name, values] of samples) {
    try {
      const frame = codec.encode(name, values);
      console.log("tx", frame.toString());
      const decoded = codec.decode(frame);
      for (const [k, v] of decoded) {
        const want = values[k];
        const shown = Number.isInteger(v) ? v.toString() : v.toFixed(3);
        const flag = want === undefined ? "" : Math.abs(want - v) < 1e-9 ? " ok" : ` (sent ${want})`;
        console.log(`   ${k} = ${shown} ${codec.unitOf(name, k)}${flag}`);
      }
    } catch (e) {
      if (e instanceof SignalRangeError) console.log("range:", e.name, e.signal, e.value, e instanceof RangeError);
      else if (e instanceof Error) console.log("error:", e.message);
    }
  }

  // Fuzz: random frames decode -> encode must reproduce the covered bits.
  let seed = 0x5eed;
  let roundTrips = 0;
  let mismatches = 0;
  for (let n = 0; n < 40; n++) {
    const def = DB[n & 1];
    const frame = new CanFrame(def.id, 8);
    for (let i = 0; i < 8; i++) {
      seed = lcg(seed);
      frame.data[i] = seed >>> 24;
    }
    const decoded = codec.decode(frame);
    const values: Record<string, number> = {};
    decoded.forEach((v, k) => (values[k] = v));
    const again = new CanFrame(def.id, 8);
    for (const s of def.signals) insertRaw(again.data, s, Math.round((values[s.name] - s.offset) / s.scale));
    const covered = new Uint8Array(8);
    def.signals.forEach((s) => bitPositions(s).forEach((p) => (covered[p >> 3] |= 1 << (p & 7))));
    const ok = frame.data.every((b, i) => (b & covered[i]) === again.data[i]);
    if (ok) roundTrips++;
    else mismatches++;
    if (n < 6) {
      const list = [...decoded].map(([k, v]) => `${k}=${+v.toFixed(2)}`).join(" ");
      console.log(`fuzz ${n} ${frame.toString()} ${ok}`, list);
    }
  }
  console.log("fuzz round trips", roundTrips, "mismatches", mismatches);
}

main();
