// Data-acquisition board: DMA-sized sample buffers (4-16 KiB) of every typed-array kind,
// per-buffer statistics, sliding windows through subarray views, set/copyWithin/fill
// housekeeping of ring buffers, and decimation by averaging for the slow telemetry path.

type AnyTyped =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array
  | Int32Array | Uint32Array | Float32Array | Float64Array;

interface Stats {
  min: number;
  max: number;
  mean: number;
  rms: number;
  checksum: number;
}

class Lcg {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s;
  }
  /** uniform in [-1, 1) */
  signed(): number {
    return this.next() / 2147483648 - 1;
  }
}

function stats(a: AnyTyped): Stats {
  let min = Infinity, max = -Infinity, sum = 0, sq = 0, checksum = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    sq += v * v;
    checksum = (Math.imul(checksum, 31) + (Math.round(v * 16) | 0)) | 0;
  }
  return { min, max, mean: sum / a.length, rms: Math.sqrt(sq / a.length), checksum: checksum >>> 0 };
}

function describe(label: string, a: AnyTyped): void {
  const { min, max, mean, rms, checksum } = stats(a);
  console.log(
    `${label.padEnd(18)} n=${String(a.length).padStart(5)} bytes=${String(a.byteLength).padStart(5)}`,
    `min=${min} max=${max} mean=${mean.toFixed(4)} rms=${rms.toFixed(4)} ck=${checksum.toString(16).padStart(8, "0")}`,
  );
}

/** Fill any typed array with a scaled noisy sine, letting the array's own conversion apply. */
function synth(a: AnyTyped, scale: number, rng: Lcg): void {
  for (let i = 0; i < a.length; i++) {
    a[i] = scale * (0.8 * Math.sin(i / 37) + 0.3 * rng.signed());
  }
}

/** Overlapping windows over a buffer, as subarray views (hop < size gives overlap). */
class WindowCursor<T extends AnyTyped> implements Iterator<T> {
  private start = 0;
  constructor(private readonly buf: T, private readonly size: number, private readonly hop: number) {}
  next(): IteratorResult<T> {
    if (this.start + this.size > this.buf.length) return { done: true, value: undefined };
    const w = this.buf.subarray(this.start, this.start + this.size) as T;
    this.start += this.hop;
    return { done: false, value: w };
  }
}

class Windows<T extends AnyTyped> implements Iterable<T> {
  constructor(private readonly buf: T, private readonly size: number, private readonly hop = size) {}
  [Symbol.iterator](): Iterator<T> {
    return new WindowCursor(this.buf, this.size, this.hop);
  }
}

class Decimator {
  constructor(private readonly factor: number) {}

  run(input: AnyTyped, out: Float64Array): number {
    const n = Math.floor(input.length / this.factor);
    for (let k = 0; k < n; k++) {
      const w = input.subarray(k * this.factor, (k + 1) * this.factor);
      let acc = 0;
      for (const v of w) acc += v;
      out[k] = acc / this.factor;
    }
    return n;
  }
}

class SampleRing {
  readonly data: Int16Array;
  private count = 0;
  constructor(capacity: number) {
    this.data = new Int16Array(capacity);
  }
  /** Append a block; when full, slide the oldest samples out with copyWithin. */
  push(block: Int16Array): number {
    const cap = this.data.length;
    let dropped = 0;
    if (this.count + block.length > cap) {
      dropped = this.count + block.length - cap;
      this.data.copyWithin(0, dropped, this.count);
      this.count -= dropped;
    }
    this.data.set(block, this.count);
    this.count += block.length;
    return dropped;
  }
  get length(): number {
    return this.count;
  }
  window(from: number, to: number): Int16Array {
    return this.data.subarray(from, to);
  }
}

function main(): void {
  const rng = new Lcg(12345);
  const buffers: Array<[string, AnyTyped, number]> = [
    ["Int8Array", new Int8Array(4096), 127],
    ["Uint8Array", new Uint8Array(4096), 255],
    ["Uint8ClampedArray", new Uint8ClampedArray(4096), 300],
    ["Int16Array", new Int16Array(4096), 32767],
    ["Uint16Array", new Uint16Array(8192), 65535],
    ["Int32Array", new Int32Array(2048), 2 ** 31],
    ["Uint32Array", new Uint32Array(4096), 2 ** 32],
    ["Float32Array", new Float32Array(4096), 1],
    ["Float64Array", new Float64Array(2048), 1000],
  ];
  for (const [name, arr, scale] of buffers) {
    synth(arr, scale, rng);
    describe(name, arr);
    console.log("  head", arr[0], arr[1], arr[2], "tail", arr[arr.length - 1], "BPE", arr.BYTES_PER_ELEMENT);
  }

  // one 16 KiB buffer viewed as several kinds
  const raw = new ArrayBuffer(16384);
  const bytes = new Uint8Array(raw);
  const words = new Uint32Array(raw);
  const halves = new Int16Array(raw, 8192, 2048);
  const floats = new Float32Array(raw, 4096, 1024);
  for (let i = 0; i < words.length; i++) words[i] = Math.imul(i, 0x9e3779b1) >>> 0;
  console.log("views", bytes.length, words.length, halves.length, floats.length, halves.byteOffset, floats.byteOffset);
  console.log("bytes", bytes[0], bytes[4], bytes[5], bytes[16383], "word", words[4095].toString(16));
  console.log("halves", halves[0], halves[1], halves[2047], "float finite", floats.filter((f) => Number.isFinite(f)).length);
  describe("words", words);

  // sliding windows through subarray views (no copies)
  const signal = buffers[7][1] as Float32Array;
  const windowLen = 512;
  let best = -1, bestEnergy = -1;
  let w = 0;
  for (const win of new Windows(signal, windowLen, windowLen / 2)) {
    w++;
    const energy = win.reduce((acc, v) => acc + v * v, 0);
    if (energy > bestEnergy) {
      bestEnergy = energy;
      best = w - 1;
    }
    if ((w - 1) % 4 === 0) console.log("window", w - 1, "offset", win.byteOffset, "energy", energy.toFixed(3));
  }
  console.log("loudest window", best, bestEnergy.toFixed(3));

  // first clipped sample (|x| at full scale) in each integer buffer, scanning blocks of 256
  for (const [name, arr, scale] of buffers.slice(0, 4)) {
    let where = "none";
    scan: for (const block of new Windows(arr, 256)) {
      for (let i = 0; i < block.length; i++) {
        const v = block[i];
        if (v >= scale || v <= -scale - 1 || (scale === 300 && v === 255)) {
          where = `${block.byteOffset / arr.BYTES_PER_ELEMENT + i}=${v}`;
          break scan;
        }
      }
    }
    console.log("clip", name, where);
  }

  // fill / set / copyWithin on a 16 KiB Uint8Array
  const frame = new Uint8Array(16384);
  frame.fill(0xaa);
  frame.fill(0x55, 1000, 2000);
  frame.set([1, 2, 3, 4], 16380);
  frame.copyWithin(0, 16380);
  frame.copyWithin(8000, 1500, 2500);
  let fives = 0;
  for (const b of frame) if (b === 0x55) fives++;
  console.log("frame", frame[0], frame[3], frame[4], frame[999], frame[1000], frame[8499], frame[8500], frame[9000], "0x55 count", fives);

  // ring of int16 samples fed in 1000-sample blocks
  const ring = new SampleRing(6000);
  const block = new Int16Array(1000);
  let droppedTotal = 0;
  for (let b = 0; b < 9; b++) {
    for (let i = 0; i < block.length; i++) block[i] = (b * 1000 + i) % 32768 - (b & 1 ? 20000 : 0);
    const d = ring.push(block);
    droppedTotal += d;
    console.log("block", b, "dropped", d, "fill", ring.length, "first", ring.data[0], "last", ring.data[ring.length - 1]);
  }
  const rw = ring.window(2990, 3010);
  console.log("window", rw.length, rw[0], rw[9], rw[10], rw[19], "dropped total", droppedTotal);

  // decimation by 16 of every buffer
  const dec = new Decimator(16);
  const out = new Float64Array(512);
  for (const [name, arr] of buffers) {
    const n = dec.run(arr, out);
    const head = Array.from(out.subarray(0, 3), (v) => v.toFixed(2)).join("/");
    console.log(`decim ${name}: ${n} -> ${head}`);
  }

  // slices copy, subarrays alias
  const src = new Float64Array(4096).map((_, i) => i * 0.5);
  const copy = src.slice(100, 110);
  const alias = src.subarray(100, 110);
  src[100] = -1;
  console.log("slice", copy[0], "subarray", alias[0], copy.length, alias.length, src.indexOf(-1), src.lastIndexOf(2047.5));
  const sorted = new Int32Array(buffers[5][1] as Int32Array).sort();
  console.log("sorted int32", sorted[0], sorted[1024], sorted[2047], sorted.length);
}

main();
