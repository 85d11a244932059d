// Checksum service of a protocol gateway: one table-driven CRC engine parameterised the
// Rocksoft way (width, poly, init, refin/refout, xorout), instantiated for the CRC-8/16/32
// variants used by Modbus, X.25, XMODEM, SMBus, iSCSI and Ethernet; verified on "123456789".

interface CrcParams {
  readonly name: string;
  readonly width: 8 | 16 | 32;
  readonly poly: number;
  readonly init: number;
  readonly refIn: boolean;
  readonly refOut: boolean;
  readonly xorOut: number;
  readonly check: number;
}

class CrcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CrcError";
  }
}

function reflect(value: number, bits: number): number {
  let r = 0;
  for (let i = 0; i < bits; i++) {
    r = (r << 1) | ((value >>> i) & 1);
  }
  return r >>> 0;
}

abstract class ChecksumEngine {
  protected constructor(readonly name: string, readonly width: number) {}
  abstract reset(): void;
  abstract update(data: Uint8Array, start?: number, end?: number): this;
  abstract get value(): number;

  hex(): string {
    return "0x" + this.value.toString(16).toUpperCase().padStart(this.width / 4, "0");
  }
}

class CrcEngine extends ChecksumEngine {
  private readonly table = new Uint32Array(256);
  private readonly mask: number;
  private crc = 0;
  private bytes = 0;

  constructor(readonly params: CrcParams) {
    super(params.name, params.width);
    if (params.width % 8 !== 0 || params.width > 32) throw new CrcError(`unsupported width ${params.width}`);
    this.mask = params.width === 32 ? 0xffffffff : (1 << params.width) - 1;
    this.buildTable();
    this.reset();
  }

  private buildTable(): void {
    const { width, poly, refIn } = this.params;
    const top = 2 ** (width - 1);
    for (let n = 0; n < 256; n++) {
      if (refIn) {
        let c = n;
        const rpoly = reflect(poly, width);
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ rpoly : c >>> 1;
        this.table[n] = c >>> 0;
      } else {
        let c = (n << (width - 8)) >>> 0;
        for (let k = 0; k < 8; k++) {
          c = c >= top ? ((c * 2) ^ poly) >>> 0 : (c * 2) >>> 0;
          c = (c & this.mask) >>> 0;
        }
        this.table[n] = c;
      }
    }
  }

  reset(): void {
    const { init, refIn, width } = this.params;
    this.crc = refIn ? reflect(init, width) : init >>> 0;
    this.bytes = 0;
  }

  update(data: Uint8Array, start = 0, end = data.length): this {
    const { refIn, width } = this.params;
    const t = this.table;
    let c = this.crc;
    if (refIn) {
      for (let i = start; i < end; i++) c = (t[(c ^ data[i]) & 0xff] ^ (c >>> 8)) >>> 0;
    } else {
      const shift = width - 8;
      for (let i = start; i < end; i++) {
        const idx = ((c >>> shift) ^ data[i]) & 0xff;
        c = (t[idx] ^ (c << 8)) & this.mask;
      }
    }
    this.crc = c >>> 0;
    this.bytes += end - start;
    return this;
  }

  get value(): number {
    const { refIn, refOut, width, xorOut } = this.params;
    let c = this.crc;
    if (refIn !== refOut) c = reflect(c, width);
    return ((c ^ xorOut) & this.mask) >>> 0;
  }

  get processed(): number {
    return this.bytes;
  }

  tableEntry(i: number): number {
    return this.table[i];
  }
}

/** The plain bit-by-bit algorithm, used to cross-check the table. */
function crcBitwise(p: CrcParams, data: Uint8Array): number {
  const mask = p.width === 32 ? 0xffffffff : (1 << p.width) - 1;
  const top = 2 ** (p.width - 1);
  let c = p.init >>> 0;
  for (const byte of data) {
    const b = p.refIn ? reflect(byte, 8) : byte;
    c = (c ^ (b * 2 ** (p.width - 8))) >>> 0;
    for (let k = 0; k < 8; k++) {
      c = c >= top ? (((c - top) * 2) ^ p.poly) >>> 0 : (c * 2) >>> 0;
    }
    c &= mask;
  }
  if (p.refOut) c = reflect(c, p.width);
  return ((c ^ p.xorOut) & mask) >>> 0;
}

const CATALOGUE: CrcParams[] = [
  { name: "CRC-8/SMBUS", width: 8, poly: 0x07, init: 0x00, refIn: false, refOut: false, xorOut: 0x00, check: 0xf4 },
  { name: "CRC-8/MAXIM-DOW", width: 8, poly: 0x31, init: 0x00, refIn: true, refOut: true, xorOut: 0x00, check: 0xa1 },
  { name: "CRC-8/AUTOSAR", width: 8, poly: 0x2f, init: 0xff, refIn: false, refOut: false, xorOut: 0xff, check: 0xdf },
  { name: "CRC-16/XMODEM", width: 16, poly: 0x1021, init: 0x0000, refIn: false, refOut: false, xorOut: 0x0000, check: 0x31c3 },
  { name: "CRC-16/MODBUS", width: 16, poly: 0x8005, init: 0xffff, refIn: true, refOut: true, xorOut: 0x0000, check: 0x4b37 },
  { name: "CRC-16/IBM-SDLC", width: 16, poly: 0x1021, init: 0xffff, refIn: true, refOut: true, xorOut: 0xffff, check: 0x906e },
  { name: "CRC-16/IBM-3740", width: 16, poly: 0x1021, init: 0xffff, refIn: false, refOut: false, xorOut: 0x0000, check: 0x29b1 },
  { name: "CRC-32/ISO-HDLC", width: 32, poly: 0x04c11db7, init: 0xffffffff, refIn: true, refOut: true, xorOut: 0xffffffff, check: 0xcbf43926 },
  { name: "CRC-32/BZIP2", width: 32, poly: 0x04c11db7, init: 0xffffffff, refIn: false, refOut: false, xorOut: 0xffffffff, check: 0xfc891918 },
  { name: "CRC-32/ISCSI", width: 32, poly: 0x1edc6f41, init: 0xffffffff, refIn: true, refOut: true, xorOut: 0xffffffff, check: 0xe3069283 },
  { name: "CRC-32/MPEG-2", width: 32, poly: 0x04c11db7, init: 0xffffffff, refIn: false, refOut: false, xorOut: 0x00000000, check: 0x0376e6e7 },
];

/** Iterates the catalogue entries of one width, in catalogue order. */
class WidthIterator implements Iterator<CrcParams> {
  private index = 0;
  constructor(private readonly list: readonly CrcParams[], private readonly width: number) {}
  next(): IteratorResult<CrcParams> {
    while (this.index < this.list.length) {
      const p = this.list[this.index++];
      if (p.width === this.width) return { done: false, value: p };
    }
    return { done: true, value: undefined };
  }
}

class VariantsOfWidth implements Iterable<CrcParams> {
  constructor(private readonly list: readonly CrcParams[], readonly width: number) {}
  [Symbol.iterator](): Iterator<CrcParams> {
    return new WidthIterator(this.list, this.width);
  }
}

const encoder = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

const CHECK_INPUT = encoder("123456789");
const engines = new Map<string, CrcEngine>();
let failures = 0;

for (const p of CATALOGUE) {
  const e = new CrcEngine(p);
  engines.set(p.name, e);
  const v = e.update(CHECK_INPUT).value;
  const bit = crcBitwise(p, CHECK_INPUT);
  const ok = v === p.check && bit === v;
  if (!ok) failures++;
  console.log(`${p.name.padEnd(16)} w=${String(p.width).padStart(2)} ${e.hex()} table[1]=${e.tableEntry(1).toString(16)} ${ok ? "ok" : "FAIL"}`);
}
console.log("failures", failures, "engines", engines.size);

// incremental updates equal one-shot
const frame = encoder("\x01\x03\x00\x00\x00\x0a");
const modbus = engines.get("CRC-16/MODBUS");
if (modbus) {
  modbus.reset();
  modbus.update(frame, 0, 2).update(frame, 2, 4).update(frame, 4);
  const crc = modbus.value;
  console.log("modbus frame crc", crc, "lo", (crc & 0xff).toString(16), "hi", (crc >> 8).toString(16), modbus.processed);
}

// every prefix of "123456789", incrementally (the engine keeps its state between updates)
const c32 = engines.get("CRC-32/ISO-HDLC");
const c16 = engines.get("CRC-16/XMODEM");
for (let n = 1; n <= CHECK_INPUT.length; n++) {
  c32?.reset();
  c16?.reset();
  const a = c32?.update(CHECK_INPUT, 0, n).value ?? -1;
  const b = c16?.update(CHECK_INPUT.subarray(0, n)).value ?? -1;
  console.log(`prefix ${n} crc32=${a.toString(16).padStart(8, "0")} xmodem=${b.toString(16).padStart(4, "0")}`, a | 0, b);
}

// the residue property: appending the CRC (in wire order) to the data gives a constant
const eth = engines.get("CRC-32/ISO-HDLC")!;
const payloads = ["", "a", "hello world", "The quick brown fox jumps over the lazy dog"];
for (const text of payloads) {
  const data = encoder(text);
  eth.reset();
  const crc = eth.update(data).value;
  const withCrc = new Uint8Array(data.length + 4);
  withCrc.set(data);
  new DataView(withCrc.buffer).setUint32(data.length, crc, true);
  eth.reset();
  eth.update(withCrc);
  console.log(`crc32("${text}") = ${crc.toString(16).padStart(8, "0")} residue ${eth.hex()}`, crc);
}

// a pseudo-random stream through all engines, comparing table and bitwise results
let x = 2463534242;
const stream = new Uint8Array(512);
for (let i = 0; i < stream.length; i++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  stream[i] = x & 0xff;
}
let agreeing = 0;
engines.forEach((e, name) => {
  e.reset();
  const fast = e.update(stream).value;
  const slow = crcBitwise(e.params, stream);
  if (fast === slow) agreeing++;
  else console.log("mismatch", name, fast, slow);
});
console.log("table == bitwise on 512 random bytes:", agreeing, "of", engines.size);

// sorted by check value, and the widths present
const byCheck = CATALOGUE.slice().sort((a, b) => a.check - b.check).map((p) => p.name.slice(4));
console.log(byCheck.join(", "));
const widths = new Set(CATALOGUE.map((p) => p.width));
for (const w of widths) {
  const names = CATALOGUE.filter((p) => p.width === w).length;
  console.log("width", w, "variants", names, "mask", (2 ** w - 1).toString(2).length);
}

for (const w of [16, 32, 8]) {
  const names: string[] = [];
  for (const p of new VariantsOfWidth(CATALOGUE, w)) names.push(p.name.slice(p.name.indexOf("/") + 1));
  console.log(`${w}-bit:`, names.join(" "), names.length);
}
// which variants share a polynomial (first pair found, searching with a labelled loop)
let shared = "none";
search: for (let i = 0; i < CATALOGUE.length; i++) {
  for (let j = i + 1; j < CATALOGUE.length; j++) {
    if (CATALOGUE[i].width !== CATALOGUE[j].width) continue;
    if (CATALOGUE[i].poly === CATALOGUE[j].poly && CATALOGUE[i].refIn !== CATALOGUE[j].refIn) {
      shared = `${CATALOGUE[i].name} & ${CATALOGUE[j].name} (0x${CATALOGUE[i].poly.toString(16)})`;
      break search;
    }
  }
}
console.log("same poly, other bit order:", shared);

try {
  new CrcEngine({ ...CATALOGUE[0], name: "CRC-12/BAD", width: 12 as 8 });
} catch (e) {
  console.log(e instanceof CrcError ? `${e.name}: ${e.message}` : "unexpected");
}
console.log("reflect", reflect(1, 32), reflect(0x80, 8), reflect(0x1021, 16).toString(16), reflect(0xffffffff, 32) | 0);
