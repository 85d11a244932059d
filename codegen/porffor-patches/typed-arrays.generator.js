// helix-sdk: Porffor's typed-array builtins, written again (codegen/porffor-patches/typed-arrays.js).
// This file replaces compiler/builtins/typedarray.js in the patched copy; Porffor's precompiler runs it
// and compiles the TypeScript it returns. Memory layout (Porffor's): a typed array is a 12-byte header
// [length i32][data pointer i32: buffer + byteOffset][byteOffset i32]; its ArrayBuffer is
// [byteLength i32][bytes]; element i lives at data pointer + 4 + i * BYTES_PER_ELEMENT.
// Porffor's versions gave every new buffer one fixed 2 KiB block whatever the length (later
// allocations overwrote the rest), wrote slice/map/filter results through a header with no buffer,
// checked set's bounds after writing, and copied overlapping ranges forwards.

// Porffor's precompiler runs a builtins file as a generator when its first line is a default export.
export default async () => typedArrayBuiltins((await import('node:fs')).readFileSync(globalThis.precompileCompilerPath + '/builtins/array.ts', 'utf8'));

const KINDS = [
  ['Uint8', 1], ['Int8', 1], ['Uint8Clamped', 1], ['Uint16', 2], ['Int16', 2], ['Uint32', 4], ['Int32', 4],
  ['Float32', 4], ['Float64', 8], ['BigInt64', 8], ['BigUint64', 8],
];

// Array methods Porffor shares between Array and typed arrays that are right for both as written.
// (A builtin here must not call another by its name: the precompiler then takes Porffor's own.)
const SHARED = new Set(['indexOf', 'lastIndexOf', 'includes', 'reverse', 'forEach', 'find', 'findLast', 'findIndex',
  'findLastIndex', 'every', 'some', 'reduce', 'reduceRight', 'sort', 'toString', 'toLocaleString', 'join', 'valueOf']);

// (A message built at run time must be thrown as a value: \`throw new X(...)\` in a builtin keeps only a literal.)
const isTyped = (v) => `Porffor.fastAnd(Porffor.type(${v}) >= Porffor.TYPES.uint8clampedarray, Porffor.type(${v}) <= Porffor.TYPES.float64array)`;

// The data address of a typed array (its first element).
const data = (v) => `(Porffor.wasm.i32.load(${v}, 0, 4) + 4)`;

// start/end arguments as slice, subarray, fill and copyWithin read them: relative, clamped to [0, len]
const relative = (name, arg, fallback) => `
  let ${name}: i32 = ${fallback};
  if (Porffor.type(${arg}) != Porffor.TYPES.undefined) {
    const ${name}Rel: number = ecma262.ToIntegerOrInfinity(${arg});
    if (${name}Rel < 0) {
      ${name} = len + ${name}Rel;
      if (${name}Rel + len < 0) ${name} = 0;
    } else if (${name}Rel > len) ${name} = len;
    else ${name} = ${name}Rel;
  }`;

function kind(x, bpe) {
  const name = `${x}Array`;
  const alloc = (len) => `__Porffor_typedarray_alloc(Porffor.malloc(12), ${len}, ${bpe})`;
  return `
export const ${name} = function (arg: any, byteOffset: any, length: any): ${name} {
  if (!new.target) throw new TypeError("Constructor ${name} requires 'new'");

  const out: ${name} = Porffor.malloc(12);
  const outPtr: i32 = Porffor.wasm\`local.get \${out}\`;

  if (Porffor.fastOr(
    Porffor.type(arg) == Porffor.TYPES.arraybuffer,
    Porffor.type(arg) == Porffor.TYPES.sharedarraybuffer
  )) {
    const bufferPtr: i32 = Porffor.wasm\`local.get \${arg}\`;
    if (arg.detached) throw new TypeError('Constructed ${name} with a detached ArrayBuffer');
    const bufferLen: i32 = Porffor.wasm.i32.load(bufferPtr, 0, 0);

    let offset: number = 0;
    if (Porffor.type(byteOffset) != Porffor.TYPES.undefined) offset = ecma262.ToIntegerOrInfinity(byteOffset);
    if (offset < 0) { const err: any = new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer'); throw err; }
    if (offset % ${bpe} != 0) throw new RangeError('start offset of ${name} should be a multiple of ${bpe}');

    let len: number = 0;
    if (Porffor.type(length) == Porffor.TYPES.undefined) {
      if (bufferLen % ${bpe} != 0) throw new RangeError('byte length of ${name} should be a multiple of ${bpe}');
      if (offset > bufferLen) { const err: any = new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer'); throw err; }
      len = (bufferLen - offset) / ${bpe};
    } else {
      len = ecma262.ToIntegerOrInfinity(length);
      if (Porffor.fastOr(len < 0, offset + len * ${bpe} > bufferLen)) { const err: any = new RangeError('Invalid typed array length: ' + len); throw err; }
    }

    Porffor.wasm.i32.store(outPtr, len, 0, 0);
    Porffor.wasm.i32.store(outPtr, bufferPtr + offset, 0, 4);
    Porffor.wasm.i32.store(outPtr, offset, 0, 8);
    return out;
  }

  let len: i32 = 0;
  if (Porffor.fastOr(Porffor.type(arg) == Porffor.TYPES.array, ${isTyped('arg')})) {
    len = arg.length;
  } else if (Porffor.type(arg) == Porffor.TYPES.set) {
    len = arg.size;
  } else if (Porffor.type(arg) == Porffor.TYPES.object) {
    const l: number = ecma262.ToIntegerOrInfinity(arg.length);
    if (l > 0) len = l;
  } else if (Porffor.type(arg) != Porffor.TYPES.undefined) {
    const n: number = ecma262.ToIntegerOrInfinity(arg);
    if (Porffor.fastOr(n < 0, n > 268435455)) { const err: any = new RangeError('Invalid typed array length: ' + arg); throw err; }
    len = n;
  }

  __Porffor_typedarray_alloc(out, len, ${bpe});

  if (Porffor.type(arg) == Porffor.TYPES.${name.toLowerCase()}) {
    Porffor.wasm.memory.copy(${data('out')}, ${data('arg')}, len * ${bpe}, 0, 0);
  } else if (${isTyped('arg')}) {
    for (let i: i32 = 0; i < len; i++) out[i] = arg[i];
  } else if (Porffor.type(arg) == Porffor.TYPES.set) {
    let i: i32 = 0;
    for (const x of arg) out[i++] = ecma262.ToNumber(x);
  } else if (Porffor.fastOr(Porffor.type(arg) == Porffor.TYPES.array, Porffor.type(arg) == Porffor.TYPES.object)) {
    for (let i: i32 = 0; i < len; i++) out[i] = ecma262.ToNumber(arg[i]);
  }
  return out;
}

export const __${name}_of = (...items: any[]): ${name} => new ${name}(items);

export const __${name}_from = (source: any, mapFn: any): ${name} => {
  // a string's code points, as an array (the constructor would take a string as a length)
  let arg: any = source;
  if ((Porffor.type(source) | 0b10000000) == Porffor.TYPES.bytestring) {
    const chars: any[] = Porffor.mallocArray();
    let n: i32 = 0;
    for (const c of source) chars[n++] = c;
    chars.length = n;
    arg = chars;
  }
  if (Porffor.type(mapFn) == Porffor.TYPES.undefined) return new ${name}(arg);
  if (Porffor.type(mapFn) != Porffor.TYPES.function) throw new TypeError('Called ${name}.from with a non-function mapFn');

  let len: i32 = 0;
  if (Porffor.fastOr(Porffor.type(arg) == Porffor.TYPES.array, ${isTyped('arg')})) len = arg.length;
    else if (Porffor.type(arg) == Porffor.TYPES.set) len = arg.size;
    else if (Porffor.type(arg) == Porffor.TYPES.object) {
      const l: number = ecma262.ToIntegerOrInfinity(arg.length);
      if (l > 0) len = l;
    }

  const out: ${name} = ${alloc('len')};
  if (Porffor.type(arg) == Porffor.TYPES.set) {
    let i: i32 = 0;
    for (const x of arg) {
      out[i] = ecma262.ToNumber(mapFn(x, i));
      i++;
    }
  } else {
    for (let i: i32 = 0; i < len; i++) out[i] = ecma262.ToNumber(mapFn(arg[i], i));
  }
  return out;
}

export const __${name}_prototype_buffer$get = (_this: ${name}): any|ArrayBuffer => {
  return Porffor.wasm.i32.load(_this, 0, 4) - Porffor.wasm.i32.load(_this, 0, 8) as ArrayBuffer;
};

export const __${name}_prototype_byteLength$get = (_this: ${name}) => {
  return Porffor.wasm.i32.load(_this, 0, 0) * ${bpe};
};

export const __${name}_prototype_BYTES_PER_ELEMENT$get = (_this: ${name}) => {
  return ${bpe};
};

export const __${name}_prototype_byteOffset$get = (_this: ${name}) => {
  return Porffor.wasm.i32.load(_this, 0, 8);
};

export const __${name}_prototype_at = (_this: ${name}, index: any) => {
  const len: i32 = _this.length;
  let k: number = ecma262.ToIntegerOrInfinity(index);
  if (k < 0) k = len + k;
  if (Porffor.fastOr(k < 0, k >= len)) return undefined;
  return _this[k];
};

export const __${name}_prototype_slice = (_this: ${name}, start: any, end: any) => {
  const len: i32 = _this.length;
  ${relative('from', 'start', '0')}
  ${relative('to', 'end', 'len')}
  let count: i32 = to - from;
  if (count < 0) count = 0;
  const out: ${name} = ${alloc('count')};
  Porffor.wasm.memory.copy(${data('out')}, ${data('_this')} + from * ${bpe}, count * ${bpe}, 0, 0);
  return out;
}

export const __${name}_prototype_subarray = (_this: ${name}, start: any, end: any) => {
  const len: i32 = _this.length;
  ${relative('from', 'start', '0')}
  ${relative('to', 'end', 'len')}
  let count: i32 = to - from;
  if (count < 0) count = 0;

  const out: ${name} = Porffor.malloc(12);
  Porffor.wasm.i32.store(out, count, 0, 0);
  Porffor.wasm.i32.store(out, Porffor.wasm.i32.load(_this, 0, 4) + from * ${bpe}, 0, 4);
  Porffor.wasm.i32.store(out, Porffor.wasm.i32.load(_this, 0, 8) + from * ${bpe}, 0, 8);
  return out;
}

export const __${name}_prototype_set = (_this: ${name}, array: any, offset: any) => {
  const len: i32 = _this.length;
  const off: number = ecma262.ToIntegerOrInfinity(offset);
  if (off < 0) throw new RangeError('offset is out of bounds');

  if (${isTyped('array')}) {
    const srcLen: i32 = array.length;
    if (off + srcLen > len) throw new RangeError('offset is out of bounds');
    const dst: i32 = ${data('_this')} + off * ${bpe};
    const src: i32 = ${data('array')};
    if (Porffor.type(array) == Porffor.TYPES.${name.toLowerCase()}) {
      Porffor.wasm.memory.copy(dst, src, srcLen * ${bpe}, 0, 0); // memmove: overlapping views are fine
      return;
    }
    // another kind: when the two ranges share bytes, the source's header points at a copy of its bytes
    // while they are converted (nothing else runs meanwhile), then at its own again
    const srcBytes: i32 = srcLen * __Porffor_typedarray_bpe(Porffor.type(array));
    const srcData: i32 = Porffor.wasm.i32.load(array, 0, 4);
    const overlap: boolean = Porffor.fastAnd(src < dst + srcLen * ${bpe}, dst < src + srcBytes);
    if (overlap) {
      const copy: any = Porffor.malloc(srcBytes + 4);
      const copyPtr: i32 = Porffor.wasm\`local.get \${copy}\`;
      Porffor.wasm.memory.copy(copyPtr + 4, src, srcBytes, 0, 0);
      Porffor.wasm.i32.store(array, copyPtr, 0, 4);
    }
    for (let i: i32 = 0; i < srcLen; i++) _this[off + i] = array[i];
    if (overlap) Porffor.wasm.i32.store(array, srcData, 0, 4);
    return;
  }

  let srcLen: i32 = 0;
  if (Porffor.type(array) == Porffor.TYPES.array) srcLen = array.length;
    else if (Porffor.type(array) == Porffor.TYPES.object) {
      const l: number = ecma262.ToIntegerOrInfinity(array.length);
      if (l > 0) srcLen = l;
    }
  if (off + srcLen > len) throw new RangeError('offset is out of bounds');
  for (let i: i32 = 0; i < srcLen; i++) _this[off + i] = ecma262.ToNumber(array[i]);
};

export const __${name}_prototype_fill = (_this: ${name}, value: any, start: any, end: any) => {
  const len: i32 = _this.length;
  const v: number = ecma262.ToNumber(value);
  ${relative('from', 'start', '0')}
  ${relative('to', 'end', 'len')}
  for (let i: i32 = from; i < to; i++) _this[i] = v;
  return _this;
};

export const __${name}_prototype_copyWithin = (_this: ${name}, target: any, start: any, end: any) => {
  const len: i32 = _this.length;
  ${relative('to', 'target', '0')}
  ${relative('from', 'start', '0')}
  ${relative('final', 'end', 'len')}
  let count: i32 = final - from;
  if (len - to < count) count = len - to;
  if (count > 0) Porffor.wasm.memory.copy(${data('_this')} + to * ${bpe}, ${data('_this')} + from * ${bpe}, count * ${bpe}, 0, 0);
  return _this;
};

export const __${name}_prototype_map = (_this: ${name}, callbackFn: any, thisArg: any) => {
  if (Porffor.type(callbackFn) != Porffor.TYPES.function) throw new TypeError('Callback must be a function');
  const len: i32 = _this.length;
  const out: ${name} = ${alloc('len')};
  for (let i: i32 = 0; i < len; i++) out[i] = ecma262.ToNumber(callbackFn.call(thisArg, _this[i], i, _this));
  return out;
}

export const __${name}_prototype_filter = (_this: ${name}, callbackFn: any, thisArg: any) => {
  if (Porffor.type(callbackFn) != Porffor.TYPES.function) throw new TypeError('Callback must be a function');
  const len: i32 = _this.length;
  const kept: ${name} = ${alloc('len')};
  let j: i32 = 0;
  for (let i: i32 = 0; i < len; i++) {
    const el: number = _this[i];
    if (!!callbackFn.call(thisArg, el, i, _this)) kept[j++] = el;
  }
  const out: ${name} = ${alloc('j')};
  Porffor.wasm.memory.copy(${data('out')}, ${data('kept')}, j * ${bpe}, 0, 0);
  return out;
}

export const __${name}_prototype_with = (_this: ${name}, index: any, value: any) => {
  const len: i32 = _this.length;
  let k: number = ecma262.ToIntegerOrInfinity(index);
  if (k < 0) k = len + k;
  const v: number = ecma262.ToNumber(value);
  if (Porffor.fastOr(k < 0, k >= len)) throw new RangeError('Invalid typed array index');
  const out: ${name} = ${alloc('len')};
  Porffor.wasm.memory.copy(${data('out')}, ${data('_this')}, len * ${bpe}, 0, 0);
  out[k] = v;
  return out;
};
`;
}

function typedArrayBuiltins(arrayCode) {
  const shared = [...arrayCode.matchAll(/\/\/ @porf-typed-array[\s\S]+?^};$/gm)].map((m) => m[0])
    .filter((f) => SHARED.has(/__Array_prototype_(\w+)/.exec(f)[1]));

  let out = `
// A new typed array's own buffer: exactly its bytes, zeroed by the allocator.
export const __Porffor_typedarray_alloc = (out: any, len: i32, bpe: i32): any => {
  const bytes: i32 = len * bpe;
  const block: any = Porffor.malloc(bytes + 4);
  const buffer: i32 = Porffor.wasm\`local.get \${block}\`;
  Porffor.wasm.i32.store(buffer, bytes, 0, 0);
  Porffor.wasm.i32.store(out, len, 0, 0);
  Porffor.wasm.i32.store(out, buffer, 0, 4);
  Porffor.wasm.i32.store(out, 0, 0, 8);
  return out;
}

export const __Porffor_typedarray_bpe = (type: i32): i32 => {
  if (Porffor.fastOr(type == Porffor.TYPES.uint8array, type == Porffor.TYPES.int8array, type == Porffor.TYPES.uint8clampedarray)) return 1;
  if (Porffor.fastOr(type == Porffor.TYPES.uint16array, type == Porffor.TYPES.int16array)) return 2;
  if (Porffor.fastOr(type == Porffor.TYPES.float64array, type == Porffor.TYPES.bigint64array, type == Porffor.TYPES.biguint64array)) return 8;
  return 4;
};
`;
  for (const [x, bpe] of KINDS) {
    const name = `${x}Array`;
    out += kind(x, bpe);
    out += shared.reduce((acc, f) => acc + f.replace('// @porf-typed-array\n', '')
      .replaceAll('Porffor.mallocArray(', 'Porffor.malloc(').replaceAll('Porffor.cloneArray(', 'Porffor.clone(')
      .replaceAll('Array', name).replaceAll('any[]', name) + '\n\n', '');
  }
  return out;
}
