// Encoding utilities of a provisioning shell on an IoT gateway: certificates and keys arrive as
// base64 (standard and URL-safe, with or without padding) over the serial console, are decoded
// into byte buffers, dumped as hex with offsets for inspection and re-encoded for round-trip checks.

const enum Alphabet {
  Standard = 0,
  UrlSafe = 1,
}

class DecodeError extends Error {
  constructor(readonly position: number, reason: string) {
    super(`${reason} at ${position}`);
    this.name = "DecodeError";
  }
}

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL = STD.slice(0, 62) + "-_";

class Base64 {
  private readonly reverse = new Int16Array(128).fill(-1);
  private readonly chars: string;

  constructor(alphabet: Alphabet, private readonly pad: boolean) {
    this.chars = alphabet === Alphabet.UrlSafe ? URL : STD;
    for (let i = 0; i < 64; i++) this.reverse[this.chars.charCodeAt(i)] = i;
  }

  get label(): string {
    return `${this.chars === URL ? "url" : "std"}${this.pad ? "+pad" : ""}`;
  }

  encode(data: Uint8Array): string {
    let out = "";
    let i = 0;
    for (; i + 2 < data.length; i += 3) {
      const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      out += this.chars[n >>> 18] + this.chars[(n >>> 12) & 63] + this.chars[(n >>> 6) & 63] + this.chars[n & 63];
    }
    const rest = data.length - i;
    if (rest === 1) {
      const n = data[i] << 16;
      out += this.chars[n >>> 18] + this.chars[(n >>> 12) & 63] + (this.pad ? "==" : "");
    } else if (rest === 2) {
      const n = (data[i] << 16) | (data[i + 1] << 8);
      out += this.chars[n >>> 18] + this.chars[(n >>> 12) & 63] + this.chars[(n >>> 6) & 63] + (this.pad ? "=" : "");
    }
    return out;
  }

  decode(text: string): Uint8Array {
    let end = text.length;
    while (end > 0 && text[end - 1] === "=") end--;
    const padding = text.length - end;
    if (padding > 2) throw new DecodeError(end, "too much padding");
    if (this.pad && text.length % 4 !== 0) throw new DecodeError(text.length, "length not a multiple of 4");
    if (end % 4 === 1) throw new DecodeError(end, "dangling character");
    const out = new Uint8Array(Math.floor((end * 3) / 4));
    let acc = 0;
    let bits = 0;
    let o = 0;
    for (let i = 0; i < end; i++) {
      const code = text.charCodeAt(i);
      const v = code < 128 ? this.reverse[code] : -1;
      if (v < 0) throw new DecodeError(i, `bad character '${text[i]}'`);
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >>> bits) & 0xff;
      }
    }
    return out;
  }
}

function hexDump(data: Uint8Array, base = 0, width = 16): string[] {
  const lines: string[] = [];
  for (let off = 0; off < data.length; off += width) {
    const row = data.subarray(off, Math.min(off + width, data.length));
    let hex = "";
    let ascii = "";
    for (let i = 0; i < width; i++) {
      if (i < row.length) {
        hex += row[i].toString(16).padStart(2, "0") + (i === 7 ? "  " : " ");
        ascii += row[i] >= 0x20 && row[i] < 0x7f ? String.fromCharCode(row[i]) : ".";
      } else {
        hex += i === 7 ? "    " : "   ";
      }
    }
    lines.push(`${(base + off).toString(16).padStart(8, "0")}  ${hex} |${ascii}|`);
  }
  return lines;
}

function fromHex(s: string): Uint8Array {
  const clean = s.split(" ").join("");
  const out = new Uint8Array(clean.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.substr(i * 2, 2), 16);
  return out;
}

function toHex(data: Uint8Array): string {
  return Array.from(data, (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function main(): void {
  const codecs = [
    new Base64(Alphabet.Standard, true),
    new Base64(Alphabet.Standard, false),
    new Base64(Alphabet.UrlSafe, false),
  ];
  const vectors = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Helix SDK firmware \u00ff?"];
  for (const v of vectors) {
    const bytes = ascii(v);
    const encs = codecs.map((c) => c.encode(bytes));
    console.log(`"${v}"`, bytes.length, encs.join(" | "));
  }

  // Binary payload with every byte value that stresses + / - _.
  const blob = new Uint8Array(70);
  let x = 0x2545f491;
  for (let i = 0; i < blob.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    blob[i] = i < 6 ? [0xfb, 0xff, 0xbf, 0xfe, 0x3e, 0x3f][i] : x & 0xff;
  }
  for (const l of hexDump(blob, 0x0800_0000)) console.log(l);
  console.log("adler32", adler32(blob).toString(16), adler32(ascii("Wikipedia")).toString(16));

  for (const c of codecs) {
    for (let len = 0; len <= blob.length; len += 23) {
      const part = blob.subarray(0, len);
      const enc = c.encode(part);
      const dec = c.decode(enc);
      const same = dec.length === part.length && dec.every((b, i) => b === part[i]);
      console.log(c.label, len, enc.length, enc.slice(0, 24), same, toHex(dec.subarray(0, 4)));
    }
  }

  const bad: Array<[number, string]> = [
    [0, "Zm9v!mFy"],
    [0, "Zm9vY"],
    [0, "Zm9vYg"],
    [1, "Zm9vYg"],
    [0, "Zm9vYg==="],
    [2, "-_-_"],
    [0, "-_-_"],
    [1, "Zm9v\u00e9"],
  ];
  for (const [idx, text] of bad) {
    const codec = codecs[idx];
    try {
      const d = codec.decode(text);
      console.log("ok", codec.label, text, d.length, toHex(d));
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      console.log("reject", codec.label, text, "->", e.message, e.position);
    }
  }

  const key = fromHex("30 82 01 0a 02 82 01 01 00 c3 a7 5e 11 00 ff 7f 80 41 42");
  const pem = codecs[0].encode(key);
  console.log("pem", pem, pem.length);
  const back = codecs[0].decode(pem);
  hexDump(back, 0, 8).forEach((l) => console.log(l));
  console.log("hex", toHex(back), back.length, adler32(back) === adler32(key));
}

main();
