// Configuration loader of a network sensor node: an INI-like file stored in flash is parsed
// into sections, values are typed against a schema (int, float, bool, enum, string, hex),
// defaults fill the gaps and every problem is reported as a typed ConfigError subclass.

abstract class ConfigError extends Error {
  abstract readonly kind: string;
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

class SyntaxError_ extends ConfigError {
  readonly kind = "syntax";
}

class TypeMismatch extends ConfigError {
  readonly kind = "type";
  constructor(line: number, readonly key: string, readonly expected: string, readonly got: string) {
    super(line, `${key} expects ${expected}, got "${got}"`);
  }
}

class RangeViolation extends ConfigError {
  readonly kind = "range";
}

type Value = number | boolean | string;

type FieldSpec =
  | { type: "int"; min?: number; max?: number; def: number }
  | { type: "float"; min?: number; max?: number; def: number }
  | { type: "bool"; def: boolean }
  | { type: "enum"; options: string[]; def: string }
  | { type: "hex"; def: number }
  | { type: "string"; maxLen?: number; def: string };

const SCHEMA: Record<string, Record<string, FieldSpec>> = {
  radio: {
    channel: { type: "int", min: 11, max: 26, def: 15 },
    power_dbm: { type: "float", min: -20, max: 8, def: 0 },
    pan_id: { type: "hex", def: 0xabcd },
    mode: { type: "enum", options: ["rx", "tx", "sniff"], def: "rx" },
  },
  sensor: {
    period_ms: { type: "int", min: 10, max: 60000, def: 1000 },
    oversample: { type: "int", min: 1, max: 16, def: 4 },
    calib_gain: { type: "float", def: 1 },
    calib_offset: { type: "float", def: 0 },
    enabled: { type: "bool", def: true },
  },
  node: {
    name: { type: "string", maxLen: 12, def: "node" },
    debug: { type: "bool", def: false },
  },
};

interface Entry {
  value: Value;
  line: number;
  fromDefault: boolean;
}

class Config {
  private readonly sections = new Map<string, Map<string, Entry>>();
  readonly errors: ConfigError[] = [];

  set(section: string, key: string, e: Entry): void {
    let s = this.sections.get(section);
    if (!s) {
      s = new Map();
      this.sections.set(section, s);
    }
    s.set(key, e);
  }
  get(section: string, key: string): Value | undefined {
    return this.sections.get(section)?.get(key)?.value;
  }
  num(section: string, key: string): number {
    const v = this.get(section, key);
    return typeof v === "number" ? v : NaN;
  }
  dump(): string[] {
    const lines: string[] = [];
    const names = [...this.sections.keys()].sort();
    for (const name of names) {
      lines.push(`[${name}]`);
      const sec = this.sections.get(name)!;
      const keys = Array.from(sec.keys()).sort();
      for (const k of keys) {
        const { value, line, fromDefault } = sec.get(k)!;
        const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
        lines.push(`  ${k.padEnd(13)}= ${shown}${fromDefault ? " (default)" : ` @${line}`}`);
      }
    }
    return lines;
  }
}

function convert(spec: FieldSpec, raw: string, key: string, line: number): Value {
  switch (spec.type) {
    case "int": {
      const n = Number(raw);
      if (raw === "" || !Number.isInteger(n)) throw new TypeMismatch(line, key, "int", raw);
      if ((spec.min ?? -Infinity) > n || n > (spec.max ?? Infinity)) {
        throw new RangeViolation(line, `${key}=${n} outside ${spec.min}..${spec.max}`);
      }
      return n;
    }
    case "float": {
      const f = parseFloat(raw);
      if (Number.isNaN(f)) throw new TypeMismatch(line, key, "float", raw);
      if (f < (spec.min ?? -Infinity) || f > (spec.max ?? Infinity)) {
        throw new RangeViolation(line, `${key}=${f} outside ${spec.min}..${spec.max}`);
      }
      return f;
    }
    case "bool": {
      const t = raw.toLowerCase();
      if (t === "true" || t === "yes" || t === "on" || t === "1") return true;
      if (t === "false" || t === "no" || t === "off" || t === "0") return false;
      throw new TypeMismatch(line, key, "bool", raw);
    }
    case "enum":
      if (!spec.options.includes(raw)) throw new TypeMismatch(line, key, spec.options.join("|"), raw);
      return raw;
    case "hex": {
      const body = raw.startsWith("0x") || raw.startsWith("0X") ? raw.slice(2) : raw;
      const n = parseInt(body, 16);
      if (body.length === 0 || Number.isNaN(n)) throw new TypeMismatch(line, key, "hex", raw);
      return n;
    }
    case "string": {
      const s = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
      if (spec.maxLen !== undefined && s.length > spec.maxLen) {
        throw new RangeViolation(line, `${key} longer than ${spec.maxLen}`);
      }
      return s;
    }
  }
}

function stripComment(line: string): string {
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === "#" || c === ";")) return line.slice(0, i);
  }
  return line;
}

function parse(text: string): Config {
  const cfg = new Config();
  let section: string | null = null;
  text.split("\n").forEach((rawLine, idx) => {
    const lineNo = idx + 1;
    const line = stripComment(rawLine).trim();
    if (line.length === 0) return;
    try {
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) throw new SyntaxError_(lineNo, `unterminated section header`);
        const name = line.slice(1, -1).trim().toLowerCase();
        if (!(name in SCHEMA)) throw new SyntaxError_(lineNo, `unknown section [${name}]`);
        section = name;
        return;
      }
      const eq = line.indexOf("=");
      if (eq < 0) throw new SyntaxError_(lineNo, `expected key = value`);
      if (section === null) throw new SyntaxError_(lineNo, `key outside of a section`);
      const key = line.slice(0, eq).trim();
      const raw = line.slice(eq + 1).trim();
      const spec = SCHEMA[section][key];
      if (spec === undefined) throw new SyntaxError_(lineNo, `unknown key ${section}.${key}`);
      cfg.set(section, key, { value: convert(spec, raw, key, lineNo), line: lineNo, fromDefault: false });
    } catch (e) {
      if (e instanceof ConfigError) cfg.errors.push(e);
      else throw e;
    }
  });
  for (const [secName, fields] of Object.entries(SCHEMA)) {
    for (const [key, spec] of Object.entries(fields)) {
      if (cfg.get(secName, key) === undefined) cfg.set(secName, key, { value: spec.def, line: 0, fromDefault: true });
    }
  }
  return cfg;
}

const FILE = [
  "# sensor node configuration v3",
  "[radio]",
  "channel = 21",
  "power_dbm = -3.5   ; reduced for bench",
  "pan_id = 0x1F2e",
  "mode = sniff",
  "",
  "[Sensor]",
  "period_ms = 250",
  "oversample = 32",
  "calib_gain = 1.0125",
  "calib_offset = -0.75e-1",
  "enabled = off",
  "bogus line",
  "",
  "[node]",
  'name = "greenhouse#4"',
  "debug = maybe",
  "colour = blue",
  "[radio",
  "[storage]",
  "channel = 7.5",
].join("\n");

function main(): void {
  const cfg = parse(FILE);
  console.log("errors:", cfg.errors.length);
  const byKind = new Map<string, number>();
  for (const e of cfg.errors) {
    byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    const extra = e instanceof TypeMismatch ? ` [key=${e.key} expected=${e.expected}]` : "";
    console.log(` ${e.kind.padEnd(6)} ${e.message}${extra}`, e.line, e instanceof ConfigError);
  }
  for (const [k, n] of byKind) console.log("kind", k, n);
  for (const l of cfg.dump()) console.log(l);

  const period = cfg.num("sensor", "period_ms");
  const over = cfg.num("sensor", "oversample");
  const gain = cfg.num("sensor", "calib_gain");
  const offset = cfg.num("sensor", "calib_offset");
  console.log("effective sample rate Hz", (1000 / period).toFixed(2), "per-sample ms", period / over);
  const raw = [512, 1023, 0, 777];
  const scaled = raw.map((r) => r * gain + offset);
  console.log("scaled", scaled.map((v) => v.toFixed(4)).join(" "));
  const pan = cfg.get("radio", "pan_id");
  if (typeof pan === "number") console.log("pan", pan, `0x${pan.toString(16).toUpperCase().padStart(4, "0")}`);
  for (const [sec, fields] of Object.entries(SCHEMA)) {
    const keys = Object.keys(fields);
    console.log(sec, keys.length, keys.map((k) => typeof cfg.get(sec, k)).join(","));
  }
  const missing = cfg.get("radio", "nope") ?? "absent";
  console.log("missing", missing, cfg.get("node", "name"), typeof cfg.get("sensor", "enabled"));
}

main();
