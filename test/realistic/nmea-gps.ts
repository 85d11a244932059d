// NMEA 0183 front end of a GPS tracker: sentences arrive from the receiver's UART in chunks,
// are reassembled into lines, checksum-verified, and GGA/RMC sentences are decoded into fixes
// (ddmm.mmmm -> decimal degrees), then formatted back for the tracker's own log lines.

const enum FixQuality {
  Invalid = 0,
  Gps = 1,
  Dgps = 2,
  Rtk = 4,
}

interface Position {
  lat: number;
  lon: number;
}

interface GgaFix extends Position {
  kind: "GGA";
  time: string;
  quality: FixQuality;
  satellites: number;
  hdop: number;
  altitude: number;
}

interface RmcFix extends Position {
  kind: "RMC";
  time: string;
  valid: boolean;
  speedKnots: number;
  course: number;
  date: string;
}

type Fix = GgaFix | RmcFix;

class NmeaError extends Error {
  constructor(message: string, readonly sentence: string) {
    super(message);
    this.name = "NmeaError";
  }
}

class ChecksumMismatch extends NmeaError {
  constructor(sentence: string, readonly want: number, readonly got: number) {
    super(`checksum ${got.toString(16).toUpperCase()} expected ${want.toString(16).toUpperCase()}`, sentence);
    this.name = "ChecksumMismatch";
  }
}

function nmeaChecksum(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i);
  return sum;
}

function parseCoord(value: string, hemi: string, degDigits: number): number {
  if (value === "") return NaN;
  const deg = parseInt(value.slice(0, degDigits), 10);
  const min = parseFloat(value.slice(degDigits));
  const v = deg + min / 60;
  return hemi === "S" || hemi === "W" ? -v : v;
}

function formatCoord(v: number, isLat: boolean): string {
  const hemi = isLat ? (v < 0 ? "S" : "N") : v < 0 ? "W" : "E";
  const a = Math.abs(v);
  const deg = Math.floor(a);
  const min = (a - deg) * 60;
  const degStr = deg.toString().padStart(isLat ? 2 : 3, "0");
  return `${degStr}${min.toFixed(4).padStart(7, "0")},${hemi}`;
}

function haversine(a: Position, b: Position): number {
  const R = 6371000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

function parseSentence(line: string): Fix | null {
  if (!line.startsWith("$")) throw new NmeaError("missing $", line);
  const star = line.lastIndexOf("*");
  if (star < 0) throw new NmeaError("missing checksum", line);
  const body = line.slice(1, star);
  const want = parseInt(line.slice(star + 1), 16);
  const got = nmeaChecksum(body);
  if (want !== got) throw new ChecksumMismatch(line, want, got);
  const [talkerType, ...f] = body.split(",");
  const type = talkerType.slice(2);
  switch (type) {
    case "GGA": {
      const [time, lat, ns, lon, ew, q = "0", sats = "0", hdop = "", alt = ""] = f;
      return {
        kind: "GGA",
        time,
        lat: parseCoord(lat, ns, 2),
        lon: parseCoord(lon, ew, 3),
        quality: parseInt(q, 10) as FixQuality,
        satellites: parseInt(sats, 10),
        hdop: hdop === "" ? NaN : parseFloat(hdop),
        altitude: alt === "" ? NaN : parseFloat(alt),
      };
    }
    case "RMC": {
      const [time, status, lat, ns, lon, ew, speed, course, date] = f;
      return {
        kind: "RMC",
        time,
        valid: status === "A",
        lat: parseCoord(lat, ns, 2),
        lon: parseCoord(lon, ew, 3),
        speedKnots: parseFloat(speed || "0"),
        course: parseFloat(course || "0"),
        date,
      };
    }
    default:
      return null;
  }
}

class LineAssembler {
  private partial = "";
  private readonly lines: string[] = [];
  feed(chunk: string): void {
    for (const ch of chunk) {
      if (ch === "\n") {
        const l = this.partial.endsWith("\r") ? this.partial.slice(0, -1) : this.partial;
        if (l.length > 0) this.lines.push(l);
        this.partial = "";
      } else this.partial += ch;
    }
  }
  drain(): string[] {
    return this.lines.splice(0, this.lines.length);
  }
}

function build(body: string): string {
  return `$${body}*${nmeaChecksum(body).toString(16).toUpperCase().padStart(2, "0")}`;
}

function main(): void {
  const sentences = [
    "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
    "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A",
    build("GNGGA,123520.00,4807.0412,N,01131.0190,E,2,11,0.7,547.1,M,46.9,M,1.0,0001"),
    build("GNRMC,123521.00,A,3352.1280,S,15112.6470,E,5.10,271.3,010724,,,A"),
    build("GPGGA,000001,,,,,0,00,,,M,,M,,"),
    "$GPRMC,123522,V,4807.040,N,01131.010,E,0.0,0.0,230394,,*00",
    "GPGSV,3,1,11,03,03,111,00*74",
    build("GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00"),
    build("GPRMC,235959.99,A,0000.0001,S,17959.9999,W,999.9,359.9,311299,,"),
    "$GPGGA,123519,4807.038,N",
  ];
  // Deliver as a UART would: in odd-sized chunks with CRLF line endings.
  const wire = sentences.join("\r\n") + "\r\n";
  const asm = new LineAssembler();
  const sizes = [7, 13, 64, 1, 29, 128];
  let pos = 0;
  for (let i = 0; pos < wire.length; i++) {
    const n = sizes[i % sizes.length];
    asm.feed(wire.slice(pos, pos + n));
    pos += n;
  }
  const lines = asm.drain();
  console.log("lines", lines.length, "chars", wire.length);
  lines.forEach((l, i) => {
    const star = l.indexOf("*");
    const body = l.slice(1, star < 0 ? l.length : star);
    console.log(i, l.length, body.split(",").length, nmeaChecksum(body).toString(16).padStart(2, "0"));
  });

  const fixes: Fix[] = [];
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const line of lines) {
    try {
      const fix = parseSentence(line);
      if (fix === null) {
        bump("ignored");
        console.log("ignored", line.slice(0, 12));
        continue;
      }
      bump(fix.kind);
      fixes.push(fix);
      if (fix.kind === "GGA") {
        console.log(
          `GGA ${fix.time} q=${fix.quality} sats=${fix.satellites} hdop=${fix.hdop} alt=${fix.altitude}`,
          fix.lat.toFixed(6),
          fix.lon.toFixed(6),
        );
      } else {
        const kmh = fix.speedKnots * 1.852;
        console.log(`RMC ${fix.date} ${fix.time} ${fix.valid ? "valid" : "void"} ${kmh.toFixed(1)}km/h crs ${fix.course}`, fix.lat, fix.lon);
      }
      console.log("  ->", formatCoord(fix.lat, true), formatCoord(fix.lon, false));
    } catch (e) {
      if (e instanceof ChecksumMismatch) {
        bump("badsum");
        console.log(e.name, e.message, e.want, e.got);
      } else if (e instanceof NmeaError) {
        bump("error");
        console.log(e.name, e.message, `[${e.sentence.length}]`);
      } else throw e;
    }
  }
  console.log([...counts].map(([k, v]) => `${k}:${v}`).join(" "));

  const located = fixes.filter((f) => !Number.isNaN(f.lat) && !Number.isNaN(f.lon));
  let total = 0;
  for (let i = 1; i < located.length; i++) {
    const d = haversine(located[i - 1], located[i]);
    total += d;
    console.log(`leg ${i}`, d < 1000 ? `${d.toFixed(2)} m` : `${(d / 1000).toFixed(3)} km`);
  }
  console.log("track km", (total / 1000).toFixed(1), "fixes", located.length);
  const best = fixes
    .filter((f): f is GgaFix => f.kind === "GGA")
    .sort((a, b) => b.satellites - a.satellites)[0];
  console.log("best", best?.time ?? "none", best?.satellites, build(`HXLOG,${best?.time},${formatCoord(best?.lat ?? 0, true)}`));
}

main();
