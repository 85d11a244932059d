// Audio front end of a vibration sensor node: RBJ-cookbook biquad design (low-pass,
// high-pass, notch), cascaded second-order sections running in transposed direct form II
// with state kept in Float32Array (DSP core) or Float64Array (reference path).

enum FilterKind {
  LowPass,
  HighPass,
  Notch,
}

interface Coefficients {
  readonly b0: number;
  readonly b1: number;
  readonly b2: number;
  readonly a1: number;
  readonly a2: number;
}

interface DesignSpec {
  kind: FilterKind;
  fc: number;
  q?: number;
}

class DesignError extends Error {
  constructor(readonly spec: DesignSpec, reason: string) {
    super(`bad ${FilterKind[spec.kind]} design at ${spec.fc} Hz: ${reason}`);
    this.name = "DesignError";
  }
}

function design(spec: DesignSpec, fs: number): Coefficients {
  const { kind, fc, q = Math.SQRT1_2 } = spec;
  if (fc <= 0 || fc >= fs / 2) throw new DesignError(spec, `must be inside (0, ${fs / 2})`);
  if (q <= 0) throw new DesignError(spec, "q must be positive");
  const w0 = (2 * Math.PI * fc) / fs;
  const cosw = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  let b0: number, b1: number, b2: number;
  switch (kind) {
    case FilterKind.LowPass:
      b1 = 1 - cosw;
      b0 = b2 = b1 / 2;
      break;
    case FilterKind.HighPass:
      b1 = -(1 + cosw);
      b0 = b2 = -b1 / 2;
      break;
    case FilterKind.Notch:
      b0 = b2 = 1;
      b1 = -2 * cosw;
      break;
    default:
      throw new DesignError(spec, "unknown kind");
  }
  const a0 = 1 + alpha;
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: (-2 * cosw) / a0, a2: (1 - alpha) / a0 };
}

type StateArray = Float32Array | Float64Array;

abstract class Section<S extends StateArray> {
  protected readonly state: S;
  constructor(protected readonly c: Coefficients, state: S) {
    this.state = state;
  }
  abstract process(x: number): number;
  reset(): void {
    this.state.fill(0);
  }
  get label(): string {
    const { b0, a1, a2 } = this.c;
    return `b0=${b0.toPrecision(6)} a1=${a1.toPrecision(6)} a2=${a2.toPrecision(6)}`;
  }
}

/** Transposed direct form II: two state words per section. */
class TdfSection<S extends StateArray> extends Section<S> {
  process(x: number): number {
    const s = this.state;
    const { b0, b1, b2, a1, a2 } = this.c;
    const y = b0 * x + s[0];
    s[0] = b1 * x - a1 * y + s[1];
    s[1] = b2 * x - a2 * y;
    return y;
  }
}

/** The single-precision core keeps coefficients as float32 too, as the DSP would. */
class Float32Section extends TdfSection<Float32Array> {
  private readonly k = new Float32Array(5);
  constructor(c: Coefficients) {
    super(c, new Float32Array(2));
    this.k.set([c.b0, c.b1, c.b2, c.a1, c.a2]);
  }
  override process(x: number): number {
    const s = this.state;
    const k = this.k;
    const xf = Math.fround(x);
    const y = Math.fround(k[0] * xf + s[0]);
    s[0] = k[1] * xf - k[3] * y + s[1];
    s[1] = k[2] * xf - k[4] * y;
    return y;
  }
}

class Cascade<S extends StateArray> {
  private readonly sections: Section<S>[] = [];
  private samples = 0;

  add(section: Section<S>): this {
    this.sections.push(section);
    return this;
  }

  process(x: number): number {
    this.samples++;
    return this.sections.reduce((acc, s) => s.process(acc), x);
  }

  run(input: ArrayLike<number>, out: StateArray): void {
    for (let i = 0; i < input.length; i++) out[i] = this.process(input[i]);
  }

  reset(): void {
    for (const s of this.sections) s.reset();
    this.samples = 0;
  }

  get count(): number {
    return this.sections.length;
  }

  get processed(): number {
    return this.samples;
  }

  describe(): string[] {
    return this.sections.map((s, i) => `  [${i}] ${s.label}`);
  }
}

/** Steady-state gain at frequency f, by driving the cascade with a sine and measuring the RMS. */
function measureGain<S extends StateArray>(c: Cascade<S>, f: number, fs: number): number {
  c.reset();
  const n = 2048;
  const settle = 1024;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const y = c.process(Math.sin((2 * Math.PI * f * i) / fs));
    if (i >= settle) acc += y * y;
  }
  return Math.sqrt((2 * acc) / (n - settle));
}

const FS = 8000;

function buildCascade64(specs: DesignSpec[]): Cascade<Float64Array> {
  const c = new Cascade<Float64Array>();
  for (const spec of specs) c.add(new TdfSection(design(spec, FS), new Float64Array(2)));
  return c;
}

function buildCascade32(specs: DesignSpec[]): Cascade<Float32Array> {
  const c = new Cascade<Float32Array>();
  for (const spec of specs) c.add(new Float32Section(design(spec, FS)));
  return c;
}

function toDb(g: number): string {
  return g <= 0 ? "-inf" : (20 * Math.log10(g)).toFixed(2);
}

function main(): void {
  const chain: DesignSpec[] = [
    { kind: FilterKind.HighPass, fc: 40 },
    { kind: FilterKind.Notch, fc: 50, q: 8 },
    { kind: FilterKind.LowPass, fc: 1200, q: 0.54 },
    { kind: FilterKind.LowPass, fc: 1200, q: 1.31 },
  ];
  const ref = buildCascade64(chain);
  const dsp = buildCascade32(chain);
  console.log("sections", ref.count, "fs", FS);
  for (const line of ref.describe()) console.log(line);

  // impulse response
  const impulse = new Float64Array(64);
  impulse[0] = 1;
  const h64 = new Float64Array(64);
  const h32 = new Float32Array(64);
  ref.run(impulse, h64);
  dsp.run(impulse, h32);
  let maxErr = 0;
  let energy = 0;
  for (let i = 0; i < 64; i++) {
    maxErr = Math.max(maxErr, Math.abs(h64[i] - h32[i]));
    energy += h64[i] * h64[i];
    if (i < 12 || i % 8 === 0) console.log("h", i, h64[i].toFixed(9), h32[i], h32[i].toExponential(3));
  }
  console.log("impulse energy", energy.toFixed(8), "max f32 error below 1e-5:", maxErr < 1e-5);
  console.log("processed", ref.processed, dsp.processed);

  // frequency response sweep
  const freqs = [10, 40, 50, 60, 200, 1000, 1200, 2000, 3500];
  const rows = freqs.map((f) => ({ f, g64: measureGain(ref, f, FS), g32: measureGain(dsp, f, FS) }));
  for (const { f, g64, g32 } of rows) {
    console.log(`${String(f).padStart(5)} Hz  ${toDb(g64).padStart(8)} dB  ${toDb(g32).padStart(8)} dB`);
  }
  const passband = rows.filter((r) => r.f >= 200 && r.f <= 1000).map((r) => r.g64);
  console.log("passband ripple dB", toDb(Math.max(...passband) / Math.min(...passband)));

  // individual designs and error handling
  const specs: DesignSpec[] = [
    { kind: FilterKind.LowPass, fc: 100 },
    { kind: FilterKind.HighPass, fc: 3999, q: 0.5 },
    { kind: FilterKind.Notch, fc: 4000 },
    { kind: FilterKind.LowPass, fc: 300, q: -1 },
  ];
  for (const spec of specs) {
    try {
      const c = design(spec, FS);
      const dc = (c.b0 + c.b1 + c.b2) / (1 + c.a1 + c.a2);
      const nyq = (c.b0 - c.b1 + c.b2) / (1 - c.a1 + c.a2);
      console.log(FilterKind[spec.kind], spec.fc, "dc", dc.toFixed(6), "nyquist", nyq.toFixed(6));
    } catch (e) {
      if (e instanceof DesignError) console.log("error:", e.message, e.spec.q ?? "default q");
      else throw e;
    }
  }

  // a noisy step through the float32 chain, logged as 16-bit PCM
  let seed = 0x1234abcd;
  const noise = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) / 4294967296 - 0.5) * 0.2;
  };
  dsp.reset();
  const pcm = new Int16Array(32);
  for (let i = 0; i < 256; i++) {
    const y = dsp.process((i >= 16 ? 0.5 : 0) + noise());
    if ((i & 7) === 0) pcm[i >> 3] = Math.max(-32768, Math.min(32767, Math.round(y * 32767)));
  }
  console.log("pcm", Array.from(pcm).join(" "));
  console.log("seed", seed >>> 0, (seed >>> 0).toString(16));
}

main();
