// End-of-shift report of a test-bench controller: formats measured quantities with
// toFixed/toPrecision/toExponential, engineering prefixes, column-aligned tables built with
// padStart/padEnd, and the rounding corner cases (1.005, 0.5 steps, huge/tiny values).

interface Column {
  readonly title: string;
  readonly width: number;
  readonly align: "left" | "right";
}

type Cell = string | number;

const PREFIXES: ReadonlyArray<[number, string]> = [
  [1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"], [1, ""], [1e-3, "m"], [1e-6, "u"], [1e-9, "n"], [1e-12, "p"],
];

function engineering(value: number, unit: string, digits = 3): string {
  if (value === 0) return `0 ${unit}`;
  if (!Number.isFinite(value)) return `${value} ${unit}`;
  const mag = Math.abs(value);
  for (const [scale, prefix] of PREFIXES) {
    if (mag >= scale * 0.9995) {
      return `${(value / scale).toPrecision(digits)} ${prefix}${unit}`;
    }
  }
  return `${value.toExponential(digits - 1)} ${unit}`;
}

class Table {
  private readonly rows: Cell[][] = [];
  constructor(private readonly columns: readonly Column[], private readonly sep = " | ") {}

  add(...cells: Cell[]): this {
    this.rows.push(cells);
    return this;
  }

  private formatCell(cell: Cell, col: Column): string {
    const s = typeof cell === "number" ? String(cell) : cell;
    const clipped = s.length > col.width ? s.slice(0, col.width - 1) + "~" : s;
    return col.align === "right" ? clipped.padStart(col.width) : clipped.padEnd(col.width);
  }

  print(title: string): void {
    const header = this.columns.map((c) => c.title.padEnd(c.width)).join(this.sep);
    console.log(`== ${title} `.padEnd(header.length, "="));
    console.log(header);
    console.log(this.columns.map((c) => "-".repeat(c.width)).join("-+-"));
    for (const row of this.rows) {
      console.log(this.columns.map((c, i) => this.formatCell(row[i] ?? "", c)).join(this.sep).trimEnd());
    }
  }
}

abstract class Measurement {
  constructor(readonly name: string, protected readonly raw: number) {}
  abstract get unit(): string;
  get display(): string {
    return engineering(this.raw, this.unit);
  }
  toString(): string {
    return `${this.name}=${this.display}`;
  }
}

class Voltage extends Measurement {
  get unit(): string {
    return "V";
  }
}

class Current extends Measurement {
  get unit(): string {
    return "A";
  }
  override get display(): string {
    return super.display + (this.raw < 0 ? " (sink)" : "");
  }
}

class Frequency extends Measurement {
  get unit(): string {
    return "Hz";
  }
}

function roundHalfUp(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Math.sign(x) * Number.EPSILON * f) / f;
}

// --- rounding corner cases
const tricky = [1.005, 1.015, 1.025, 2.675, 1.45, 0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 1e-7, 123.456, -0.0049];
const t1 = new Table([
  { title: "x", width: 8, align: "right" },
  { title: "toFixed(2)", width: 10, align: "right" },
  { title: "round", width: 6, align: "right" },
  { title: "halfUp2", width: 8, align: "right" },
  { title: "toPrec(3)", width: 9, align: "right" },
  { title: "toExp(1)", width: 9, align: "right" },
]);
for (const x of tricky) {
  t1.add(x, x.toFixed(2), Math.round(x), roundHalfUp(x, 2), x.toPrecision(3), x.toExponential(1));
}
t1.print("rounding");

// --- toFixed / toPrecision / toExponential across magnitudes
const magnitudes = [0, 1e-10, 0.000123456, 0.1, 2 / 3, 1, 9.995, 99.95, 12345.6789, 1e15, 1.5e20, 1e21, 123456789012345680000];
for (const v of magnitudes) {
  console.log(
    String(v).padEnd(22),
    v.toFixed(3).padStart(26),
    v.toPrecision(4).padStart(10),
    v.toExponential(3).padStart(11),
    v.toExponential(),
  );
}
console.log((0.1 + 0.2).toFixed(20), (1 / 3).toPrecision(21), (2 ** -1074).toExponential(5), (-1e-7).toFixed(10));
console.log(Number.MAX_VALUE.toPrecision(3), Number.MIN_VALUE.toFixed(3), (5e-7).toPrecision(1), (999.9999).toPrecision(3));
console.log(NaN.toFixed(2), Infinity.toExponential(2), (-Infinity).toPrecision(4), (255).toString(16).padStart(4, "0"));

// --- the bench measurements
const readings: Measurement[] = [
  new Voltage("VBUS", 4.987654),
  new Voltage("VREF", 2.5),
  new Voltage("VOFF", -0.000734),
  new Voltage("HV", 1234.5),
  new Current("IQ", 0.0000123),
  new Current("ILOAD", -1.75),
  new Current("ILEAK", 3.2e-10),
  new Frequency("FCLK", 16e6),
  new Frequency("FPWM", 19999.5),
  new Frequency("FRTC", 32768),
  new Frequency("FSYS", 1.2e12),
];
const t2 = new Table([
  { title: "name", width: 6, align: "left" },
  { title: "engineering", width: 18, align: "left" },
  { title: "raw", width: 14, align: "right" },
  { title: "sci", width: 10, align: "right" },
], "  ");
for (const m of readings) {
  const raw = (m as unknown as { raw: number }).raw;
  t2.add(m.name, m.display, raw, raw.toExponential(2));
}
t2.print("bench");
console.log(readings.slice(0, 3).map((r) => r.toString()).join("; "));
console.log(`${readings[5]}`, String(readings[7]));

// --- yield summary with percentages
const lots = new Map<string, [number, number]>([
  ["A17", [1200, 3]],
  ["B02", [998, 0]],
  ["C33", [7, 7]],
  ["D40", [15000, 1]],
]);
let pass = 0, total = 0;
for (const [lot, [n, fail]] of lots) {
  const pct = (100 * (n - fail)) / n;
  pass += n - fail;
  total += n;
  console.log(`${lot.padEnd(5, ".")}${String(n).padStart(6)} units ${pct.toFixed(1).padStart(5)}% ok  ppm=${Math.round((fail / n) * 1e6)}`);
}
console.log(`overall ${((100 * pass) / total).toFixed(3)}% of ${total}`, pass / total, (pass / total).toPrecision(2));

// --- durations
const durations = [0.0004, 0.25, 59.9999, 61, 3599.5, 86399, 90061.25];
for (const s of durations) {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const hms = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${sec.toFixed(3).padStart(6, "0")}`;
  console.log(hms, engineering(s, "s", 4), s.toString().length);
}
console.log(engineering(0, "W"), engineering(Infinity, "W"), engineering(1e-15, "F"), engineering(-999.96, "V"));
