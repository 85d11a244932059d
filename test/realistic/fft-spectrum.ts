// Condition-monitoring firmware for a pump: in-place radix-2 FFT on Float64Array buffers
// (256 and 1024 points) with precomputed twiddles and bit reversal, Hann/Hamming/Blackman
// windows, magnitude spectrum in dB, and peak picking with parabolic interpolation.

enum WindowKind {
  Rectangular,
  Hann,
  Hamming,
  Blackman,
}

interface Peak {
  bin: number;
  freq: number;
  db: number;
}

class FftError extends Error {
  constructor(n: number) {
    super(`FFT size ${n} is not a power of two`);
    this.name = "FftError";
  }
}

class Fft {
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly rev: Uint16Array;
  readonly log2n: number;

  constructor(readonly n: number) {
    if (n < 2 || (n & (n - 1)) !== 0) throw new FftError(n);
    this.log2n = Math.round(Math.log2(n));
    this.cos = new Float64Array(n / 2);
    this.sin = new Float64Array(n / 2);
    for (let i = 0; i < n / 2; i++) {
      this.cos[i] = Math.cos((2 * Math.PI * i) / n);
      this.sin[i] = -Math.sin((2 * Math.PI * i) / n);
    }
    this.rev = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let b = 0; b < this.log2n; b++) r |= ((i >> b) & 1) << (this.log2n - 1 - b);
      this.rev[i] = r;
    }
  }

  transform(re: Float64Array, im: Float64Array): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const j = this.rev[i];
      if (j > i) {
        [re[i], re[j]] = [re[j], re[i]];
        [im[i], im[j]] = [im[j], im[i]];
      }
    }
    for (let size = 2; size <= n; size <<= 1) {
      const half = size >>> 1;
      const step = n / size;
      for (let start = 0; start < n; start += size) {
        for (let k = 0; k < half; k++) {
          const wr = this.cos[k * step], wi = this.sin[k * step];
          const a = start + k, b = a + half;
          const tr = re[b] * wr - im[b] * wi;
          const ti = re[b] * wi + im[b] * wr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
        }
      }
    }
  }
}

function makeWindow(kind: WindowKind, n: number): Float64Array {
  const w = new Float64Array(n);
  const x = (i: number): number => (2 * Math.PI * i) / (n - 1);
  for (let i = 0; i < n; i++) {
    switch (kind) {
      case WindowKind.Rectangular: w[i] = 1; break;
      case WindowKind.Hann: w[i] = 0.5 - 0.5 * Math.cos(x(i)); break;
      case WindowKind.Hamming: w[i] = 0.54 - 0.46 * Math.cos(x(i)); break;
      case WindowKind.Blackman: w[i] = 0.42 - 0.5 * Math.cos(x(i)) + 0.08 * Math.cos(2 * x(i)); break;
    }
  }
  return w;
}

class Analyzer {
  private readonly fft: Fft;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  readonly db: Float64Array;
  private readonly coherentGain: number;

  constructor(readonly n: number, readonly fs: number, readonly window: WindowKind) {
    this.fft = new Fft(n);
    this.re = new Float64Array(n);
    this.im = new Float64Array(n);
    this.db = new Float64Array(n / 2 + 1);
    this.win = makeWindow(window, n);
    this.coherentGain = this.win.reduce((a, b) => a + b, 0) / n;
  }
  private readonly win: Float64Array;

  analyse(signal: Float64Array): this {
    for (let i = 0; i < this.n; i++) {
      this.re[i] = signal[i] * this.win[i];
      this.im[i] = 0;
    }
    this.fft.transform(this.re, this.im);
    const norm = 2 / (this.n * this.coherentGain);
    for (let k = 0; k <= this.n / 2; k++) {
      const mag = Math.hypot(this.re[k], this.im[k]) * (k === 0 || k === this.n / 2 ? norm / 2 : norm);
      this.db[k] = 20 * Math.log10(Math.max(mag, 1e-12));
    }
    return this;
  }

  peaks(count: number, floorDb = -60): Peak[] {
    const found: Peak[] = [];
    const d = this.db;
    for (let k = 1; k < d.length - 1; k++) {
      if (d[k] > floorDb && d[k] > d[k - 1] && d[k] >= d[k + 1]) {
        const [a, b, c] = [d[k - 1], d[k], d[k + 1]];
        const p = (0.5 * (a - c)) / (a - 2 * b + c);
        found.push({ bin: k, freq: ((k + p) * this.fs) / this.n, db: b - 0.25 * (a - c) * p });
      }
    }
    return found.sort((x, y) => y.db - x.db).slice(0, count);
  }

  get binHz(): number {
    return this.fs / this.n;
  }
}

function synthesize(n: number, fs: number, tones: Array<{ f: number; amp: number; phase?: number }>, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (const { f, amp, phase = 0 } of tones) v += amp * Math.sin((2 * Math.PI * f * i) / fs + phase);
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    out[i] = v + ((s / 0x7fffffff) - 0.5) * 0.002;
  }
  return out;
}

// sanity: impulse and DC through a 256-point FFT
{
  const fft = new Fft(256);
  const re = new Float64Array(256), im = new Float64Array(256);
  re[0] = 1;
  fft.transform(re, im);
  const flat = re.every((v) => Math.abs(v - 1) < 1e-12) && im.every((v) => Math.abs(v) < 1e-12);
  console.log("impulse -> flat spectrum:", flat, "rev[1]", (fft as unknown as { rev: Uint16Array }).rev[1], "log2n", fft.log2n);
  re.fill(1);
  im.fill(0);
  fft.transform(re, im);
  console.log("dc -> bin0", re[0], "bin1", Math.abs(re[1]) < 1e-9, "energy", re.reduce((a, v) => a + v * v, 0));
  // Parseval on random data
  const x = synthesize(256, 256, [{ f: 10, amp: 1 }], 99);
  const e1 = x.reduce((a, v) => a + v * v, 0);
  const xr = x.slice(), xi = new Float64Array(256);
  fft.transform(xr, xi);
  let e2 = 0;
  for (let k = 0; k < 256; k++) e2 += xr[k] * xr[k] + xi[k] * xi[k];
  console.log("parseval", e1.toFixed(6), (e2 / 256).toFixed(6), Math.abs(e1 - e2 / 256) < 1e-9);
}

// window figures of merit: coherent gain, equivalent noise bandwidth (bins), scalloping loss at half a bin
for (const kind of [WindowKind.Rectangular, WindowKind.Hann, WindowKind.Hamming, WindowKind.Blackman]) {
  const n = 256;
  const w = makeWindow(kind, n);
  const sum = w.reduce((a, v) => a + v, 0);
  const sumSq = w.reduce((a, v) => a + v * v, 0);
  let re = 0, im = 0;
  w.forEach((v, i) => {
    re += v * Math.cos((Math.PI * i) / n);
    im -= v * Math.sin((Math.PI * i) / n);
  });
  const scallop = 20 * Math.log10(Math.hypot(re, im) / sum);
  console.log(`${WindowKind[kind].padEnd(11)} cg=${(sum / n).toFixed(4)} enbw=${((n * sumSq) / (sum * sum)).toFixed(3)} scallop=${scallop.toFixed(2)}dB`);
}

const FS = 2048;
const pump = [
  { f: 50, amp: 1.0 },           // shaft
  { f: 100, amp: 0.25, phase: 1 }, // 2x harmonic
  { f: 287.3, amp: 0.05 },       // bearing defect, off-bin
  { f: 612.5, amp: 0.01, phase: 2 },
];
for (const n of [256, 1024]) {
  const signal = synthesize(n, FS, pump, 7);
  for (const kind of [WindowKind.Rectangular, WindowKind.Hann, WindowKind.Hamming, WindowKind.Blackman]) {
    const an = new Analyzer(n, FS, kind).analyse(signal);
    const top = an.peaks(4);
    const desc = top.map(({ freq, db }) => `${freq.toFixed(1)}Hz@${db.toFixed(1)}`).join(" ");
    console.log(`n=${n} ${WindowKind[kind].padEnd(11)} df=${an.binHz} peaks: ${desc}`);
  }
  const an = new Analyzer(n, FS, WindowKind.Hann).analyse(signal);
  // harmonic families: a peak is a harmonic if it sits within one bin of k * f0 of a stronger peak
  const found = an.peaks(6, -50);
  const families = new Map<number, number[]>();
  peaks: for (const p of found) {
    for (const [f0, members] of families) {
      for (let k = 2; k <= 8; k++) {
        if (Math.abs(p.freq - k * f0) <= an.binHz) {
          members.push(k);
          continue peaks;
        }
      }
    }
    families.set(Math.round(p.freq * 10) / 10, [1]);
  }
  for (const [f0, members] of families) console.log(`  family ${f0} Hz: harmonics ${members.join(",")}`);
  const bins = [0, 1, Math.round(50 / an.binHz), Math.round(100 / an.binHz), n / 2];
  console.log("  dB at bins", bins.map((b) => `${b}:${an.db[b].toFixed(2)}`).join(" "));
  const noiseFloor = an.db.slice(n / 4).sort()[Math.floor(n / 8)];
  console.log("  median upper-band level", noiseFloor.toFixed(1), "dB");
}

for (const bad of [0, 3, 100, 1000]) {
  try {
    new Fft(bad);
    console.log("size", bad, "accepted");
  } catch (e) {
    if (e instanceof FftError) console.log(e.name, e.message);
  }
}
const w = makeWindow(WindowKind.Blackman, 8);
console.log("blackman(8)", Array.from(w, (v) => v.toFixed(4)).join(" "), w[0], w[3]);
