// DTMF decoder of a door-entry phone: synthesises keypad tones (with twist and noise) into
// Float32Array sample buffers, runs a Goertzel filter bank on the 8 DTMF frequencies per
// 205-sample block, and applies the usual level, twist and uniqueness checks to decode keys.

const SAMPLE_RATE = 8000;
const BLOCK = 205;
const ROWS: readonly number[] = [697, 770, 852, 941];
const COLS: readonly number[] = [1209, 1336, 1477, 1633];
const KEYPAD = ["123A", "456B", "789C", "*0#D"];

enum Verdict {
  Key = "key",
  Silence = "silence",
  NoPair = "no-pair",
  Twist = "twist",
  Ambiguous = "ambiguous",
}

interface Detection {
  verdict: Verdict;
  key?: string;
  rowPower?: number;
  colPower?: number;
}

class GoertzelBin {
  readonly coeff: number;
  readonly k: number;
  private s1 = 0;
  private s2 = 0;

  constructor(readonly freq: number, n: number, fs: number) {
    this.k = Math.round((n * freq) / fs);
    this.coeff = 2 * Math.cos((2 * Math.PI * this.k) / n);
  }

  reset(): void {
    this.s1 = this.s2 = 0;
  }

  feed(x: number): void {
    const s0 = x + this.coeff * this.s1 - this.s2;
    this.s2 = this.s1;
    this.s1 = s0;
  }

  /** Squared magnitude at the bin, without the phase. */
  get power(): number {
    return this.s1 * this.s1 + this.s2 * this.s2 - this.coeff * this.s1 * this.s2;
  }
}

class Xorshift32 {
  constructor(private state: number) {}
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }
  gaussian(): number {
    // Box-Muller, one value per call
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

interface ToneSpec {
  key: string;
  ms: number;
  amplitude?: number;
  twistDb?: number;
  noise?: number;
}

class ToneSynth {
  private phaseSamples = 0;
  constructor(private readonly rng: Xorshift32) {}

  render({ key, ms, amplitude = 0.4, twistDb = 0, noise = 0.01 }: ToneSpec): Float32Array {
    const n = Math.round((SAMPLE_RATE * ms) / 1000);
    const out = new Float32Array(n);
    let rf = 0, cf = 0;
    KEYPAD.forEach((row, r) => {
      const c = row.indexOf(key);
      if (c >= 0) {
        rf = ROWS[r];
        cf = COLS[c];
      }
    });
    const colAmp = amplitude * Math.pow(10, twistDb / 20);
    for (let i = 0; i < n; i++) {
      const t = (this.phaseSamples + i) / SAMPLE_RATE;
      let s = noise * this.rng.gaussian();
      if (rf > 0) s += amplitude * Math.sin(2 * Math.PI * rf * t) + colAmp * Math.sin(2 * Math.PI * cf * t);
      out[i] = s;
    }
    this.phaseSamples += n;
    return out;
  }
}

class DtmfDetector {
  private readonly rowBins: GoertzelBin[];
  private readonly colBins: GoertzelBin[];
  private readonly stats = new Map<Verdict, number>();

  constructor(private readonly minPower = 120, private readonly maxTwistDb = 8) {
    this.rowBins = ROWS.map((f) => new GoertzelBin(f, BLOCK, SAMPLE_RATE));
    this.colBins = COLS.map((f) => new GoertzelBin(f, BLOCK, SAMPLE_RATE));
  }

  get bins(): GoertzelBin[] {
    return [...this.rowBins, ...this.colBins];
  }

  detect(block: Float32Array): Detection {
    const all = this.bins;
    all.forEach((b) => b.reset());
    for (const x of block) for (const b of all) b.feed(x);
    const result = this.classify();
    this.stats.set(result.verdict, (this.stats.get(result.verdict) ?? 0) + 1);
    return result;
  }

  private classify(): Detection {
    const strongest = (bins: GoertzelBin[]): [number, number, number] => {
      let best = 0, idx = -1, second = 0;
      bins.forEach((b, i) => {
        const p = b.power;
        if (p > best) {
          second = best;
          best = p;
          idx = i;
        } else if (p > second) second = p;
      });
      return [idx, best, second];
    };
    const [r, rowPower, rowSecond] = strongest(this.rowBins);
    const [c, colPower, colSecond] = strongest(this.colBins);
    if (rowPower + colPower < this.minPower) return { verdict: Verdict.Silence };
    if (rowPower < this.minPower / 4 || colPower < this.minPower / 4) return { verdict: Verdict.NoPair, rowPower, colPower };
    const twist = 10 * Math.log10(colPower / rowPower);
    if (Math.abs(twist) > this.maxTwistDb) return { verdict: Verdict.Twist, rowPower, colPower };
    if (rowSecond * 6 > rowPower || colSecond * 6 > colPower) return { verdict: Verdict.Ambiguous, rowPower, colPower };
    return { verdict: Verdict.Key, key: KEYPAD[r][c], rowPower, colPower };
  }

  summary(): string {
    const parts: string[] = [];
    for (const [v, n] of this.stats) parts.push(`${v}=${n}`);
    return parts.sort().join(" ");
  }
}

interface BlockView {
  readonly index: number;
  readonly samples: Float32Array;
}

class BlockIterator implements Iterator<BlockView> {
  private index = 0;
  constructor(private readonly line: Float32Array, private readonly size: number) {}
  next(): IteratorResult<BlockView> {
    const start = this.index * this.size;
    if (start + this.size > this.line.length) return { done: true, value: undefined };
    return { done: false, value: { index: this.index++, samples: this.line.subarray(start, start + this.size) } };
  }
}

/** A line recording cut into detector-sized blocks (a partial last block is dropped). */
class Blocks implements Iterable<BlockView> {
  constructor(private readonly line: Float32Array, private readonly size = BLOCK) {}
  get count(): number {
    return Math.floor(this.line.length / this.size);
  }
  [Symbol.iterator](): BlockIterator {
    return new BlockIterator(this.line, this.size);
  }
}

function main(): void {
  const rng = new Xorshift32(0xc0ffee);
  const synth = new ToneSynth(rng);
  const det = new DtmfDetector();

  console.log("bins:");
  for (const b of det.bins) console.log(`  ${b.freq} Hz k=${b.k} coeff=${b.coeff.toFixed(6)}`);

  // single-block checks at various conditions
  const cases: ToneSpec[] = [
    { key: "5", ms: 26 },
    { key: "D", ms: 26, amplitude: 0.1 },
    { key: "0", ms: 26, twistDb: 4 },
    { key: "#", ms: 26, twistDb: -12 },
    { key: " ", ms: 26 },
    { key: "9", ms: 26, noise: 0.3 },
    { key: "1", ms: 26, amplitude: 0.01 },
  ];
  for (const spec of cases) {
    const buf = synth.render(spec);
    const d = det.detect(buf.subarray(0, BLOCK));
    const rp = d.rowPower?.toFixed(0) ?? "-";
    const cp = d.colPower?.toFixed(0) ?? "-";
    console.log(`'${spec.key}' amp=${spec.amplitude ?? 0.4} twist=${spec.twistDb ?? 0} -> ${d.verdict} ${d.key ?? ""} row=${rp} col=${cp}`);
  }

  // the whole bank on one block of '8', bin by bin
  const eight = synth.render({ key: "8", ms: 26, noise: 0.02 }).subarray(0, BLOCK);
  det.detect(eight);
  det.bins.forEach((b, i) => {
    const db = 10 * Math.log10(b.power + 1e-9);
    console.log(`  ${i < 4 ? "row" : "col"} ${b.freq} ${db.toFixed(2)} dB ${"#".repeat(Math.max(0, Math.round(db / 3)))}`);
  });

  // a dialled number: tone 50 ms, gap 50 ms; debounce = same key in two consecutive blocks
  const number = "0612#47*9";
  const total = number.length * 2 * 400;
  const line = new Float32Array(total);
  let at = 0;
  for (const key of number) {
    line.set(synth.render({ key, ms: 50 }), at);
    at += 400;
    line.set(synth.render({ key: " ", ms: 50 }), at);
    at += 400;
  }
  let decoded = "";
  let prev: string | undefined;
  let armed = true;
  let blocks = 0;
  const split = new Blocks(line);
  for (const { index, samples } of split) {
    const d = det.detect(samples);
    blocks = index + 1;
    if (d.verdict === Verdict.Key && d.key === prev && armed) {
      decoded += d.key;
      armed = false;
      console.log(`  block ${String(index).padStart(2)} @${(index * BLOCK / SAMPLE_RATE * 1000).toFixed(1)}ms key ${d.key}`,
        Math.round(d.rowPower ?? 0), Math.round(d.colPower ?? 0));
    }
    if (d.verdict === Verdict.Silence) armed = true;
    prev = d.key;
  }
  console.log("dialled", number, "decoded", decoded, decoded === number, "blocks", blocks, split.count);
  console.log("stats", det.summary());

  // energy sanity: mean square of the line signal
  const ms = line.reduce((a, x) => a + x * x, 0) / line.length;
  let peak = 0;
  for (let i = 0; i < line.length; i++) peak = Math.max(peak, Math.abs(line[i]));
  console.log("rms", Math.sqrt(ms).toFixed(5), "peak", peak.toFixed(5), "first", line[0], line[1]);
}

main();
