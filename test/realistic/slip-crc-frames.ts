// SLIP link layer of a sensor hub talking to a host over UART: packets carry a CRC-16/CCITT
// (FALSE, poly 0x1021, init 0xFFFF) trailer, are SLIP-escaped onto the byte stream, and a
// receive-side state machine is fed one byte at a time from the ISR, reporting good frames and
// counting CRC errors, overruns and protocol errors.

const END = 0xc0;
const ESC = 0xdb;
const ESC_END = 0xdc;
const ESC_ESC = 0xdd;

const enum RxState {
  Idle,
  InFrame,
  Escape,
  Discard,
}

class Crc16Ccitt {
  private static readonly table: Uint16Array = Crc16Ccitt.build();
  private static build(): Uint16Array {
    const t = new Uint16Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i << 8;
      for (let b = 0; b < 8; b++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
      t[i] = c;
    }
    return t;
  }
  private value = 0xffff;
  update(bytes: ArrayLike<number>, from = 0, to = bytes.length): this {
    for (let i = from; i < to; i++) {
      this.value = ((this.value << 8) & 0xffff) ^ Crc16Ccitt.table[((this.value >>> 8) ^ bytes[i]) & 0xff];
    }
    return this;
  }
  get digest(): number {
    return this.value;
  }
  static of(bytes: ArrayLike<number>, from?: number, to?: number): number {
    return new Crc16Ccitt().update(bytes, from, to).digest;
  }
}

function slipEncode(payload: Uint8Array): number[] {
  const crc = Crc16Ccitt.of(payload);
  const framed = [...payload, crc >>> 8, crc & 0xff];
  const out: number[] = [END];
  for (const b of framed) {
    if (b === END) out.push(ESC, ESC_END);
    else if (b === ESC) out.push(ESC, ESC_ESC);
    else out.push(b);
  }
  out.push(END);
  return out;
}

interface RxStats {
  frames: number;
  crcErrors: number;
  overruns: number;
  badEscapes: number;
  runts: number;
}

type FrameHandler = (frame: Uint8Array, index: number) => void;

class SlipReceiver {
  private state = RxState.Idle;
  private readonly buf: Uint8Array;
  private len = 0;
  readonly stats: RxStats = { frames: 0, crcErrors: 0, overruns: 0, badEscapes: 0, runts: 0 };

  constructor(capacity: number, private readonly onFrame: FrameHandler) {
    this.buf = new Uint8Array(capacity);
  }

  private store(b: number): void {
    if (this.len >= this.buf.length) {
      this.stats.overruns++;
      this.state = RxState.Discard;
      return;
    }
    this.buf[this.len++] = b;
  }

  private finish(): void {
    const n = this.len;
    this.len = 0;
    if (n === 0) return;
    if (n < 3) {
      this.stats.runts++;
      return;
    }
    const want = (this.buf[n - 2] << 8) | this.buf[n - 1];
    const got = Crc16Ccitt.of(this.buf, 0, n - 2);
    if (want !== got) {
      this.stats.crcErrors++;
      return;
    }
    this.onFrame(this.buf.slice(0, n - 2), this.stats.frames++);
  }

  feed(b: number): void {
    switch (this.state) {
      case RxState.Discard:
        if (b === END) {
          this.len = 0;
          this.state = RxState.InFrame;
        }
        return;
      case RxState.Escape:
        this.state = RxState.InFrame;
        if (b === ESC_END) this.store(END);
        else if (b === ESC_ESC) this.store(ESC);
        else {
          this.stats.badEscapes++;
          this.state = RxState.Discard;
        }
        return;
      case RxState.Idle:
      case RxState.InFrame:
        if (b === END) {
          this.finish();
          this.state = RxState.InFrame;
        } else if (b === ESC) {
          this.state = RxState.Escape;
        } else if (this.state === RxState.InFrame) {
          this.store(b);
        }
        return;
    }
  }
}

class Lcg {
  constructor(private s: number) {}
  next(): number {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s >>> 8;
  }
}

const received: string[] = [];
let receivedBytes = 0;

function describe(frame: Uint8Array): string {
  const escapes = frame.filter((b) => b === END || b === ESC).length;
  const head = Array.from(frame.slice(0, 6), (b) => b.toString(16).padStart(2, "0")).join(":");
  return `len=${frame.length} esc=${escapes} head=${head} crc=${Crc16Ccitt.of(frame).toString(16)}`;
}

function main(): void {
  const check = Array.from("123456789", (c) => c.charCodeAt(0));
  console.log("crc check", Crc16Ccitt.of(check).toString(16), Crc16Ccitt.of([]).toString(16));
  const partial = new Crc16Ccitt().update(check, 0, 4).update(check, 4).digest;
  console.log("incremental", partial.toString(16), partial === Crc16Ccitt.of(check));

  const rng = new Lcg(2024);
  const payloads: Uint8Array[] = [
    new Uint8Array([0x01, 0x02, 0x03]),
    new Uint8Array([END, ESC, END, ESC]),
    new Uint8Array([ESC_END, ESC_ESC, 0x00, 0xff]),
  ];
  for (let i = 0; i < 6; i++) {
    const p = new Uint8Array(5 + (rng.next() % 40));
    for (let k = 0; k < p.length; k++) p[k] = rng.next() % 7 === 0 ? (k & 1 ? END : ESC) : rng.next() & 0xff;
    payloads.push(p);
  }

  const wire: number[] = [];
  payloads.forEach((p, i) => {
    const enc = slipEncode(p);
    console.log(`tx ${i} payload ${p.length} -> wire ${enc.length}`, enc.length - p.length - 4);
    wire.push(...enc);
    if (i === 2) wire.push(0x55, 0x66, END); // line noise without CRC
    if (i === 4) wire.push(END, ESC, 0x01, 0x02, END); // bad escape
  });
  // a frame with a broken CRC and an oversized frame
  const broken = slipEncode(new Uint8Array([9, 8, 7, 6]));
  broken[2] ^= 0x01;
  wire.push(...broken);
  const huge = new Uint8Array(80).fill(0x42);
  wire.push(...slipEncode(huge));
  wire.push(...slipEncode(new Uint8Array([0xaa])));
  console.log("wire total", wire.length);
  payloads.forEach((p, i) => console.log(`  crc ${i}`, Crc16Ccitt.of(p).toString(16).padStart(4, "0"), p.length, p.reduce((a, b) => (a + b) & 0xff, 0)));

  const rx = new SlipReceiver(64, (frame, index) => {
    received.push(describe(frame));
    receivedBytes += frame.length;
    if (index < 3) console.log("  got", index, frame.join(","));
  });
  for (const b of wire) rx.feed(b);

  received.forEach((d, i) => console.log(`rx ${i} ${d}`));
  const { frames, crcErrors, overruns, badEscapes, runts } = rx.stats;
  console.log("stats", frames, crcErrors, overruns, badEscapes, runts, receivedBytes);
  const expected = payloads.filter((p) => p.length <= 62).length + 1;
  console.log("expected frames", expected, frames === expected);
}

main();
