// Porffor listed an object's keys in insertion order everywhere; JavaScript
// lists array-index keys ("0", "7", "4294967294") first, in ascending order,
// then the other strings in insertion order: for...in, Object.keys, values and
// entries of `{ b: 1, 10: 2, 2: 3 }` gave b, 10, 2 where Node gives 2, 10, b
// (a register map keyed by address, a table keyed by id). Lookups compare
// hashes and do not depend on where an entry sits, so a new property whose key
// is an array index is now stored among the index keys in ascending order (the
// entries after it move up one) and every listing follows the storage order.

/** Where every property-adding builtin of _internal_object.ts stores its new entry (Porffor: at the end). */
const STOCK_SLOT = 'entryPtr = Porffor.wasm`local.get ${obj}` + 8 + size * 18;';

const HELPERS = `// helix-sdk: the length of an array-index key (a canonical decimal below 2^32 - 1), 0 for any other key;
// \`wide\` for a UTF-16 string (object-key-order.js)
export const __Porffor_hx_indexKeyLength = (ptr: i32, wide: i32): i32 => {
  const len: i32 = Porffor.wasm.i32.load(ptr, 0, 0);
  if (Porffor.fastOr(len == 0, len > 10)) return 0;
  const limit: bytestring = '4294967295';
  let below: i32 = len < 10;
  for (let i: i32 = 0; i < len; i++) {
    let c: i32 = 0;
    if (wide) c = Porffor.wasm.i32.load16_u(ptr + i * 2, 0, 4);
      else c = Porffor.wasm.i32.load8_u(ptr + i, 0, 4);
    if (Porffor.fastOr(c < 48, c > 57)) return 0;
    if (Porffor.fastAnd(i == 0, c == 48)) {
      if (len == 1) return 1;
      return 0;
    }
    if (!below) {
      const l: i32 = Porffor.wasm.i32.load8_u(Porffor.wasm\`local.get \${limit}\` + i, 0, 4);
      if (c > l) return 0;
      if (c < l) below = 1;
    }
  }
  if (!below) return 0;
  return len;
};

// helix-sdk: the entry a new property of \`obj\` (which has \`size\` entries, room for one more) takes: after the
// array-index keys below its own if its key is one, else at the end (object-key-order.js)
export const __Porffor_hx_objectSlot = (obj: any, key: any, size: i32): i32 => {
  const base: i32 = Porffor.wasm\`local.get \${obj}\` + 8;
  const end: i32 = base + size * 18;
  const type: i32 = Porffor.wasm\`local.get \${key+1}\`;
  if (Porffor.fastAnd(type != Porffor.TYPES.bytestring, type != Porffor.TYPES.string)) return end;
  const keyPtr: i32 = Porffor.wasm\`local.get \${key}\`;
  const keyWide: i32 = type == Porffor.TYPES.string;
  const keyLen: i32 = __Porffor_hx_indexKeyLength(keyPtr, keyWide);
  if (keyLen == 0) return end;

  let at: i32 = base;
  while (at < end) {
    const enc: i32 = Porffor.wasm.i32.load(at, 0, 4);
    if ((enc >>> 30) == 3) break; // a symbol
    const entryPtr: i32 = enc & 0x7fffffff;
    const entryWide: i32 = enc >>> 31;
    const entryLen: i32 = __Porffor_hx_indexKeyLength(entryPtr, entryWide);
    if (Porffor.fastOr(entryLen == 0, entryLen > keyLen)) break;
    if (entryLen == keyLen) {
      // same number of digits: the first digit that differs decides
      let i: i32 = 0;
      let a: i32 = 0;
      let b: i32 = 0;
      while (i < keyLen) {
        if (entryWide) a = Porffor.wasm.i32.load16_u(entryPtr + i * 2, 0, 4);
          else a = Porffor.wasm.i32.load8_u(entryPtr + i, 0, 4);
        if (keyWide) b = Porffor.wasm.i32.load16_u(keyPtr + i * 2, 0, 4);
          else b = Porffor.wasm.i32.load8_u(keyPtr + i, 0, 4);
        if (a != b) break;
        i++;
      }
      if (a > b) break;
    }
    at += 18;
  }
  if (at < end) Porffor.wasm.memory.copy(at + 18, at, end - at, 0, 0);
  return at;
};

export const __Porffor_object_fastAdd = `;

export default {
  id: 'object-key-order',
  why: 'array-index keys come first and in ascending order in for...in, Object.keys, values and entries',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: STOCK_SLOT,
      count: 12,
      replace: 'entryPtr = __Porffor_hx_objectSlot(obj, key, size);',
    },
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: 'const entryPtr: i32 = Porffor.wasm`local.get ${obj}` + 8 + size * 18;\n  __Porffor_object_writeKey(entryPtr, key, __Porffor_object_hash(key));',
      replace: 'const entryPtr: i32 = __Porffor_hx_objectSlot(obj, key, size);\n  __Porffor_object_writeKey(entryPtr, key, __Porffor_object_hash(key));',
    },
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: 'export const __Porffor_object_fastAdd = ',
      replace: HELPERS,
    },
  ],
};
