// COBS (Consistent Overhead Byte Stuffing) framing layer of a UART bootloader: frames of
// 0..300 bytes are stuffed so that 0x00 only appears as the delimiter, then un-stuffed on the
// receiving side. Exercises long zero runs, 254-byte blocks and round-trip verification.

class CobsError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = "CobsError";
  }
}

class Xorshift32 {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s;
  }
  byte(): number {
    return this.next() & 0xff;
  }
  below(n: number): number {
    return this.next() % n;
  }
}

function maxEncodedLength(n: number): number {
  return n + Math.ceil(n / 254) + (n === 0 ? 1 : 0);
}

function cobsEncode(src: Uint8Array): Uint8Array {
  const dst = new Uint8Array(maxEncodedLength(src.length) + 1);
  let codeIdx = 0;
  let out = 1;
  let code = 1;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 0) {
      dst[codeIdx] = code;
      codeIdx = out++;
      code = 1;
    } else {
      dst[out++] = b;
      code++;
      if (code === 0xff) {
        dst[codeIdx] = code;
        codeIdx = out++;
        code = 1;
      }
    }
  }
  dst[codeIdx] = code;
  return dst.slice(0, out);
}

function cobsDecode(src: Uint8Array): Uint8Array {
  const dst = new Uint8Array(src.length);
  let out = 0;
  let i = 0;
  while (i < src.length) {
    const code = src[i];
    if (code === 0) throw new CobsError("zero byte inside frame", i);
    if (i + code > src.length && code !== 1) {
      throw new CobsError(`block of ${code} overruns frame of ${src.length}`, i);
    }
    i++;
    for (let k = 1; k < code; k++) dst[out++] = src[i++];
    if (code !== 0xff && i < src.length) dst[out++] = 0;
  }
  return dst.subarray(0, out);
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}

function preview(bytes: Uint8Array, max = 12): string {
  const shown = Array.from(bytes.subarray(0, max), (b) => b.toString(16).padStart(2, "0").toUpperCase());
  return shown.join("") + (bytes.length > max ? `..(+${bytes.length - max})` : "");
}

type Pattern = "random" | "zeros" | "nonzero" | "sparse" | "alternating";

function makeFrame(rng: Xorshift32, len: number, pattern: Pattern): Uint8Array {
  const f = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    switch (pattern) {
      case "random":
        f[i] = rng.byte();
        break;
      case "zeros":
        f[i] = 0;
        break;
      case "nonzero":
        f[i] = (i % 255) + 1;
        break;
      case "sparse":
        f[i] = rng.below(10) === 0 ? rng.byte() | 1 : 0;
        break;
      case "alternating":
        f[i] = i & 1 ? 0 : 0xa5;
        break;
    }
  }
  return f;
}

class FrameAssembler {
  private buf: number[] = [];
  readonly frames: Uint8Array[] = [];
  private dropped = 0;
  push(byte: number): void {
    if (byte !== 0) {
      this.buf.push(byte);
      return;
    }
    if (this.buf.length === 0) return;
    try {
      this.frames.push(cobsDecode(Uint8Array.from(this.buf)));
    } catch (e) {
      if (e instanceof CobsError) {
        this.dropped++;
        console.log(`  dropped: ${e.name} at ${e.offset}: ${e.message}`);
      } else throw e;
    } finally {
      this.buf = [];
    }
  }
  get droppedCount(): number {
    return this.dropped;
  }
}

function main(): void {
  const rng = new Xorshift32(0xc0b5);
  const lengths = [0, 1, 2, 3, 253, 254, 255, 256, 300, 17, 508, 509];
  const patterns: Pattern[] = ["random", "zeros", "nonzero", "sparse", "alternating"];
  let overheadTotal = 0;
  let checked = 0;
  const stream: number[] = [];
  const sent: Uint8Array[] = [];

  outer: for (const pattern of patterns) {
    for (const len of lengths) {
      if (len > 300 && pattern !== "nonzero") continue;
      const frame = makeFrame(rng, len, pattern);
      const enc = cobsEncode(frame);
      const hasZero = enc.indexOf(0) >= 0;
      const dec = cobsDecode(enc);
      const ok = same(frame, dec);
      const overhead = enc.length - frame.length;
      overheadTotal += overhead;
      checked++;
      console.log(
        `${pattern.padEnd(11)} len=${String(len).padStart(3)} enc=${enc.length} +${overhead}`,
        ok,
        hasZero,
        fnv1a(enc).toString(16),
        preview(enc, 8),
      );
      if (!ok) {
        console.log("ROUND TRIP FAILED", preview(frame), preview(dec));
        break outer;
      }
      if (len <= 40 || len === 256) {
        stream.push(...enc, 0);
        sent.push(frame);
      }
    }
  }
  console.log("checked", checked, "overhead bytes", overheadTotal, "avg", (overheadTotal / checked).toFixed(3));

  // Byte stream with a corrupted frame and idle delimiters in between.
  const garbage = [3, 0x11, 0x22, 9, 0x33];
  const wire = [0, 0, ...garbage, 0, ...stream, 0];
  console.log("wire bytes", wire.length);
  const asm = new FrameAssembler();
  wire.forEach((b) => asm.push(b));
  console.log("frames", asm.frames.length, "sent", sent.length, "dropped", asm.droppedCount);
  let matched = 0;
  asm.frames.forEach((f, i) => {
    const want = sent[i];
    const good = want !== undefined && same(f, want);
    if (good) matched++;
    else console.log(`  frame ${i} mismatch len ${f.length} vs ${want?.length ?? -1}`);
  });
  console.log("matched", matched, matched === sent.length);

  const bad: Uint8Array[] = [new Uint8Array([5, 1, 2]), new Uint8Array([2, 0, 1]), new Uint8Array([1, 1, 1])];
  for (const b of bad) {
    try {
      const d = cobsDecode(b);
      console.log("decoded", preview(d), d.length);
    } catch (e) {
      const err = e as CobsError;
      console.log("bad frame", preview(b), "->", err.message, err.offset, err instanceof CobsError, err instanceof Error);
    }
  }
  const sizes = lengths.map(maxEncodedLength);
  console.log("max encoded", sizes.join(" "));
}

main();
