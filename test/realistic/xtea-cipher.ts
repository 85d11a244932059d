// Encrypted telemetry link of a LoRa sensor: XTEA (64-bit block, 128-bit key, 32 cycles)
// in ECB and CBC modes with PKCS#7 padding, packing bytes into big-endian words with
// DataView and doing all word arithmetic as uint32 with >>> 0.

const DELTA = 0x9e3779b9;

const enum Mode {
  ECB = "ECB",
  CBC = "CBC",
}

class CipherError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = "CipherError";
  }
}

class PaddingError extends CipherError {
  constructor(detail: string) {
    super(`bad padding: ${detail}`, 2);
    this.name = "PaddingError";
  }
}

interface BlockCipher {
  readonly blockBytes: number;
  encryptBlock(v: Uint32Array): void;
  decryptBlock(v: Uint32Array): void;
}

class Xtea implements BlockCipher {
  readonly blockBytes = 8;
  private readonly key: Uint32Array;

  constructor(key: Uint8Array, private readonly rounds = 32) {
    if (key.length !== 16) throw new CipherError(`key must be 16 bytes, got ${key.length}`, 1);
    const dv = new DataView(key.buffer, key.byteOffset, key.byteLength);
    this.key = new Uint32Array(4);
    for (let i = 0; i < 4; i++) this.key[i] = dv.getUint32(i * 4);
  }

  encryptBlock(v: Uint32Array): void {
    let v0 = v[0], v1 = v[1];
    let sum = 0;
    const k = this.key;
    for (let i = 0; i < this.rounds; i++) {
      v0 = (v0 + ((((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + k[sum & 3]))) >>> 0;
      sum = (sum + DELTA) >>> 0;
      v1 = (v1 + ((((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + k[(sum >>> 11) & 3]))) >>> 0;
    }
    v[0] = v0;
    v[1] = v1;
  }

  decryptBlock(v: Uint32Array): void {
    let v0 = v[0], v1 = v[1];
    let sum = Math.imul(DELTA, this.rounds) >>> 0;
    const k = this.key;
    for (let i = 0; i < this.rounds; i++) {
      v1 = (v1 - ((((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + k[(sum >>> 11) & 3]))) >>> 0;
      sum = (sum - DELTA) >>> 0;
      v0 = (v0 - ((((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + k[sum & 3]))) >>> 0;
    }
    v[0] = v0;
    v[1] = v1;
  }
}

function pad(data: Uint8Array, block: number): Uint8Array {
  const n = block - (data.length % block);
  const out = new Uint8Array(data.length + n);
  out.set(data);
  out.fill(n, data.length);
  return out;
}

function unpad(data: Uint8Array, block: number): Uint8Array {
  if (data.length === 0 || data.length % block !== 0) throw new PaddingError(`length ${data.length}`);
  const n = data[data.length - 1];
  if (n < 1 || n > block) throw new PaddingError(`pad byte ${n}`);
  for (let i = data.length - n; i < data.length; i++) {
    if (data[i] !== n) throw new PaddingError(`byte ${i} is ${data[i]}, expected ${n}`);
  }
  return data.slice(0, data.length - n);
}

class BlockMode {
  private readonly words = new Uint32Array(2);

  constructor(private readonly cipher: BlockCipher, readonly mode: Mode, private readonly iv?: Uint8Array) {
    if (mode === Mode.CBC && iv?.length !== cipher.blockBytes) {
      throw new CipherError(`CBC needs a ${cipher.blockBytes}-byte IV`, 3);
    }
  }

  encrypt(plain: Uint8Array): Uint8Array {
    const data = pad(plain, this.cipher.blockBytes);
    const dv = new DataView(data.buffer);
    let c0 = 0, c1 = 0;
    if (this.iv) {
      const ivv = new DataView(this.iv.buffer, this.iv.byteOffset, 8);
      c0 = ivv.getUint32(0);
      c1 = ivv.getUint32(4);
    }
    for (let off = 0; off < data.length; off += 8) {
      let w0 = dv.getUint32(off), w1 = dv.getUint32(off + 4);
      if (this.mode === Mode.CBC) {
        w0 = (w0 ^ c0) >>> 0;
        w1 = (w1 ^ c1) >>> 0;
      }
      this.words[0] = w0;
      this.words[1] = w1;
      this.cipher.encryptBlock(this.words);
      [c0, c1] = [this.words[0], this.words[1]];
      dv.setUint32(off, c0);
      dv.setUint32(off + 4, c1);
    }
    return data;
  }

  decrypt(cipherText: Uint8Array): Uint8Array {
    if (cipherText.length % this.cipher.blockBytes !== 0) {
      throw new CipherError(`ciphertext of ${cipherText.length} bytes is not whole blocks`, 4);
    }
    const out = cipherText.slice();
    const dv = new DataView(out.buffer);
    let p0 = 0, p1 = 0;
    if (this.iv) {
      const ivv = new DataView(this.iv.buffer, this.iv.byteOffset, 8);
      p0 = ivv.getUint32(0);
      p1 = ivv.getUint32(4);
    }
    for (let off = 0; off < out.length; off += 8) {
      const c0 = dv.getUint32(off), c1 = dv.getUint32(off + 4);
      this.words[0] = c0;
      this.words[1] = c1;
      this.cipher.decryptBlock(this.words);
      const [d0, d1] = this.words;
      dv.setUint32(off, this.mode === Mode.CBC ? d0 ^ p0 : d0);
      dv.setUint32(off + 4, this.mode === Mode.CBC ? d1 ^ p1 : d1);
      p0 = c0;
      p1 = c1;
    }
    return unpad(out, this.cipher.blockBytes);
  }
}

const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function text(b: Uint8Array): string {
  let s = "";
  b.forEach((c) => (s += String.fromCharCode(c)));
  return s;
}

// Known-answer tests (key, plaintext, ciphertext), 32 cycles
const kats: Array<[string, string, string]> = [
  ["000102030405060708090a0b0c0d0e0f", "4142434445464748", "497df3d072612cb5"],
  ["000102030405060708090a0b0c0d0e0f", "4141414141414141", "e78f2d13744341d8"],
  ["00000000000000000000000000000000", "0000000000000000", "dee9d4d8f7131ed9"],
];
for (const [k, p, c] of kats) {
  const x = new Xtea(fromHex(k));
  const v = new Uint32Array([parseInt(p.slice(0, 8), 16), parseInt(p.slice(8), 16)]);
  x.encryptBlock(v);
  const got = v[0].toString(16).padStart(8, "0") + v[1].toString(16).padStart(8, "0");
  x.decryptBlock(v);
  console.log("kat", p, "->", got, got === c ? "ok" : `want ${c}`, "back", v[0].toString(16), v[1] >>> 0);
}

const key = ascii("sensor-node-0042");
const iv = fromHex("0123456789abcdef");
const cipher = new Xtea(key);
const messages = ["", "T=21.5C", "T=21.5C H=40%", "exactly 16 bytes", "battery 3.71V rssi -97dBm snr 7.25 seq 000123"];

for (const mode of [Mode.ECB, Mode.CBC]) {
  const bm = new BlockMode(cipher, mode, mode === Mode.CBC ? iv : undefined);
  console.log(`--- ${bm.mode}`);
  for (const msg of messages) {
    const ct = bm.encrypt(ascii(msg));
    const pt = text(bm.decrypt(ct));
    console.log(String(msg.length).padStart(2), String(ct.length).padStart(2), toHex(ct.subarray(0, 16)), pt === msg);
  }
  // ECB leaks repeated blocks, CBC does not
  const rep = bm.encrypt(ascii("AAAAAAAABBBBBBBBAAAAAAAA"));
  const same = toHex(rep.subarray(0, 8)) === toHex(rep.subarray(16, 24));
  console.log("repeated block visible:", same);
}

// the long message in CBC, block by block
{
  const bm = new BlockMode(cipher, Mode.CBC, iv);
  const ct = bm.encrypt(ascii(messages[messages.length - 1]));
  const view = new DataView(ct.buffer);
  for (let off = 0; off < ct.length; off += 8) {
    console.log(`  blk ${off / 8}`, view.getUint32(off).toString(16).padStart(8, "0"), view.getUint32(off + 4, true), view.getInt16(off + 6));
  }
}

// Tampering and misuse are detected
const cbc = new BlockMode(cipher, Mode.CBC, iv);
const ct = cbc.encrypt(ascii("open valve 3"));
const attempts: Array<{ name: string; data: Uint8Array }> = [
  { name: "truncated", data: ct.subarray(0, 12) },
  { name: "last byte flipped", data: ct.map((b, i) => (i === ct.length - 1 ? b ^ 0x5a : b)) },
  { name: "intact", data: ct },
];
for (const { name, data } of attempts) {
  try {
    const pt = cbc.decrypt(data);
    console.log(name, "ok:", text(pt));
  } catch (e) {
    if (e instanceof PaddingError) console.log(name, "->", e.name, e.code, e.message);
    else if (e instanceof CipherError) console.log(name, "-> cipher error", e.code);
    else throw e;
  }
}
for (const bad of [() => new Xtea(new Uint8Array(8)), () => new BlockMode(cipher, Mode.CBC)]) {
  try {
    bad();
  } catch (e) {
    const err = e as CipherError;
    console.log("rejected:", err.message, "code", err.code ?? -1);
  }
}

// avalanche: flipping one plaintext bit flips about half of the ciphertext bits
const popcount = (x: number): number => {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
};
let totalFlips = 0;
const base = new Uint32Array(2);
const probe = new Uint32Array(2);
for (let bit = 0; bit < 64; bit++) {
  base[0] = 0xdeadbeef; base[1] = 0x0badf00d;
  probe.set(base);
  probe[bit >> 5] ^= 1 << (bit & 31);
  cipher.encryptBlock(base);
  cipher.encryptBlock(probe);
  const flips = popcount(base[0] ^ probe[0]) + popcount(base[1] ^ probe[1]);
  totalFlips += flips;
  if (bit % 8 === 0 || bit === 63) console.log("bit", bit, "flips", flips, base[0].toString(16).padStart(8, "0"));
}
console.log("mean flips", (totalFlips / 64).toFixed(3), "sum", Math.imul(DELTA, 32) >>> 0, (DELTA * 32) % 2 ** 32);
