// Every typed-array kind at sizes from 0 to 16 KiB and past, each checked after
// other objects, strings and arrays were allocated behind it: elements keep
// their values wherever the array sits in the heap.

type AnyTyped = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array |
  Float32Array | Float64Array;

const KINDS = ['Int8', 'Uint8', 'Uint8Clamped', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64'];

const BYTES: Record<string, number> = {
  Int8: 1, Uint8: 1, Uint8Clamped: 1, Int16: 2, Uint16: 2, Int32: 4, Uint32: 4, Float32: 4, Float64: 8,
};

function make(kind: string, n: number): AnyTyped {
  switch (kind) {
    case 'Int8': return new Int8Array(n);
    case 'Uint8': return new Uint8Array(n);
    case 'Uint8Clamped': return new Uint8ClampedArray(n);
    case 'Int16': return new Int16Array(n);
    case 'Uint16': return new Uint16Array(n);
    case 'Int32': return new Int32Array(n);
    case 'Uint32': return new Uint32Array(n);
    case 'Float32': return new Float32Array(n);
    default: return new Float64Array(n);
  }
}

// a value per index that exercises wrapping, clamping and rounding of each kind
function value(i: number): number {
  return ((i * 2654435761) % 1000003) - 500000 + (i % 3) / 4;
}

function checksum(a: AnyTyped): number {
  let h = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    h = (Math.imul(h, 31) + Math.floor(v * 4)) | 0;
  }
  return h;
}

const keep: string[] = [];
// sizes in bytes, up to past 16 KiB
const sizes = [0, 1, 3, 255, 256, 1023, 1024, 2048, 4096, 8192, 16384, 16400];
for (const kind of KINDS) {
  const arrays: AnyTyped[] = [];
  for (const bytes of sizes) {
    const n = Math.floor(bytes / BYTES[kind]);
    const a = make(kind, n);
    for (let i = 0; i < n; i++) a[i] = value(i);
    arrays.push(a);
    // allocate behind it: a string, an object, a plain array
    keep.push(`${kind}:${n}:${'x'.repeat(n % 97)}`);
    const junk = [n, n + 1, n + 2, { n }];
    keep.push(String(junk.length));
  }
  const sums: string[] = [];
  for (const a of arrays) sums.push(`${a.length}/${a.byteLength}/${checksum(a)}`);
  console.log(kind, sums.join(' '));
  const last = arrays[arrays.length - 1];
  console.log(kind, 'samples', last[0], last[1], last[2], last[1000], last[2049], last[last.length - 1], last.length);
}
console.log('kept', keep.length);
