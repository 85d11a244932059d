// Secure-boot and firmware-update integrity check: a streaming SHA-256 (FIPS 180-4) with
// a Uint32Array message schedule, and HMAC-SHA256 (RFC 2104) used to authenticate update
// manifests. Checked against the NIST and RFC 4231 test vectors.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const IV: readonly number[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

interface Hash {
  readonly blockSize: number;
  update(data: Uint8Array): this;
  digest(): Uint8Array;
}

class Sha256 implements Hash {
  readonly blockSize = 64;
  private readonly h = new Uint32Array(8);
  private readonly w = new Uint32Array(64);
  private readonly block = new Uint8Array(64);
  private fill = 0;
  private totalBytes = 0;
  private finished = false;
  blocksCompressed = 0;

  constructor() {
    this.h.set(IV);
  }

  update(data: Uint8Array): this {
    if (this.finished) throw new HashStateError("update after digest");
    let off = 0;
    this.totalBytes += data.length;
    while (off < data.length) {
      const take = Math.min(64 - this.fill, data.length - off);
      this.block.set(data.subarray(off, off + take), this.fill);
      this.fill += take;
      off += take;
      if (this.fill === 64) {
        this.compress(this.block);
        this.fill = 0;
      }
    }
    return this;
  }

  digest(): Uint8Array {
    if (this.finished) throw new HashStateError("digest called twice");
    const bitLenHi = Math.floor(this.totalBytes / 0x20000000);
    const bitLenLo = (this.totalBytes * 8) >>> 0;
    this.block[this.fill++] = 0x80;
    if (this.fill > 56) {
      this.block.fill(0, this.fill);
      this.compress(this.block);
      this.fill = 0;
    }
    this.block.fill(0, this.fill, 56);
    const dv = new DataView(this.block.buffer);
    dv.setUint32(56, bitLenHi);
    dv.setUint32(60, bitLenLo);
    this.compress(this.block);
    this.finished = true;
    const out = new Uint8Array(32);
    const ov = new DataView(out.buffer);
    this.h.forEach((word, i) => ov.setUint32(i * 4, word, false));
    return out;
  }

  private compress(block: Uint8Array): void {
    const w = this.w;
    for (let t = 0; t < 16; t++) {
      const i = t * 4;
      w[t] = (block[i] << 24) | (block[i + 1] << 16) | (block[i + 2] << 8) | block[i + 3];
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15], y = w[t - 2];
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = this.h;
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[t] + w[t]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const st = this.h;
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
    st[4] += e; st[5] += f; st[6] += g; st[7] += h;
    this.blocksCompressed++;
  }
}

class HashStateError extends Error {
  constructor(what: string) {
    super(what);
    this.name = "HashStateError";
  }
}

function utf8(s: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(bytes);
}

function hex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

function sha256(data: Uint8Array): Uint8Array {
  return new Sha256().update(data).digest();
}

function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const B = 64;
  const k0 = new Uint8Array(B);
  k0.set(key.length > B ? sha256(key) : key);
  const ipad = k0.map((b) => b ^ 0x36);
  const opad = k0.map((b) => b ^ 0x5c);
  const inner = new Sha256().update(ipad).update(message).digest();
  return new Sha256().update(opad).update(inner).digest();
}

function repeat(byte: number, n: number): Uint8Array {
  return new Uint8Array(n).fill(byte);
}

const vectors: Array<[string, string]> = [
  ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
  ["The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"],
  ["grüße, 温度 🌡", ""],
];

let passed = 0;
for (const [msg, want] of vectors) {
  const h = new Sha256();
  const digest = h.update(utf8(msg)).digest();
  const got = hex(digest);
  const ok = want === "" || got === want;
  if (ok && want !== "") passed++;
  console.log(`"${msg.length > 20 ? msg.slice(0, 20) + "..." : msg}" len=${msg.length} blocks=${h.blocksCompressed}`);
  console.log(" ", got, ok ? "ok" : "MISMATCH");
}

// padding boundaries: 55, 56, 63, 64, 65 bytes go through one or two final blocks
for (const n of [55, 56, 63, 64, 65, 119, 120]) {
  const h = new Sha256();
  const d = h.update(repeat(0x61, n)).digest();
  console.log("a*" + n, hex(d.subarray(0, 8)), h.blocksCompressed, d[31]);
}

// streaming in odd-sized chunks must equal the one-shot hash
const big = new Uint8Array(1000);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 3)) & 0xff;
const oneShot = hex(sha256(big));
const streamed = new Sha256();
let pos = 0;
const chunkSizes = [1, 7, 63, 64, 65, 200, 3];
for (let i = 0; pos < big.length; i++) {
  const len = chunkSizes[i % chunkSizes.length];
  streamed.update(big.subarray(pos, pos + len));
  pos += len;
}
const streamedHex = hex(streamed.digest());
console.log("1000 bytes", oneShot);
for (let n = 0; n <= 1000; n += 125) {
  const d = sha256(big.subarray(0, n));
  const words = new DataView(d.buffer);
  console.log(`prefix ${String(n).padStart(4)}`, hex(d.subarray(0, 6)), words.getUint32(0), words.getInt32(28, true));
}
console.log("streamed matches", streamedHex === oneShot, streamed.blocksCompressed);

// a million 'a's, hashed in 4 KiB pieces
const million = new Sha256();
const piece = repeat(0x61, 4000);
for (let i = 0; i < 250; i++) million.update(piece);
console.log("1M a", hex(million.digest()));

// HMAC-SHA256, RFC 4231 test cases 1, 2, 6
const hmacCases: Array<{ key: Uint8Array; data: Uint8Array; want: string }> = [
  { key: repeat(0x0b, 20), data: utf8("Hi There"), want: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
  { key: utf8("Jefe"), data: utf8("what do ya want for nothing?"), want: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
  {
    key: repeat(0xaa, 131),
    data: utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
    want: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  },
];
hmacCases.forEach(({ key, data, want }, i) => {
  const mac = hex(hmacSha256(key, data));
  if (mac === want) passed++;
  console.log(`hmac#${i + 1} keylen=${key.length}`, mac.slice(0, 32), mac === want);
});

// misuse is reported, not silently ignored
const used = new Sha256();
used.update(utf8("x")).digest();
for (const op of ["update", "digest"]) {
  try {
    if (op === "update") used.update(utf8("y"));
    else used.digest();
    console.log(op, "unexpectedly allowed");
  } catch (e) {
    console.log(op, "->", e instanceof HashStateError ? `${e.name}: ${e.message}` : "other error");
  }
}
console.log("passed", passed, "of", vectors.length - 1 + hmacCases.length);
