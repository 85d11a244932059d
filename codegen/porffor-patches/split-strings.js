// split with a string separator built each piece in a fresh 2 KiB block and
// wrote the result's elements with raw stores: a piece past 2 KiB ran into the
// next block (corrupt text), every piece cost 2 KiB however short (a few
// thousand pieces exhausted a 4 MiB heap), a result past its first block was
// never grown, a partial match that failed was not retried at the next
// character ("aab".split("ab") gave ["aab"]), and split("") stored each length
// one behind. Each piece is now a substring of its own size, pushed through the
// array store (which grows the result), and the separator is matched at every
// position.

/** The loop after `separator` is a string and `limit` is known, for one string kind. */
const loop = (substring) => `  // helix-sdk: exact-size pieces, pushed (the result grows), a match tried at every position
  const thisLen: i32 = _this.length, sepLen: i32 = separator.length;
  if (sepLen == 0) {
    let i: i32 = 0;
    while (i < thisLen && outLen < limit) {
      outLen = Porffor.array.fastPush(out, ${substring}(_this, i, i + 1));
      i++;
    }
    out.length = outLen;
    return out;
  }

  const first: i32 = separator.charCodeAt(0);
  let start: i32 = 0;
  let at: i32 = 0;
  while (at + sepLen <= thisLen) {
    let k: i32 = 0;
    if (_this.charCodeAt(at) == first) {
      k = 1;
      while (k < sepLen && _this.charCodeAt(at + k) == separator.charCodeAt(k)) k++;
    }
    if (k == sepLen) {
      if (outLen >= limit) {
        out.length = outLen;
        return out;
      }
      outLen = Porffor.array.fastPush(out, ${substring}(_this, start, at));
      at += sepLen;
      start = at;
    } else at++;
  }

  if (outLen < limit) outLen = Porffor.array.fastPush(out, ${substring}(_this, start, thisLen));
  out.length = outLen;
  return out;
};`;

/** Porffor's piece-building code, from its first line to the end of the builtin. */
const stockStart = (kind, lengthExpr) => `  let tmp: ${kind} = Porffor.malloc(), tmpLen: i32 = 0;
  const thisLen: i32 = ${lengthExpr}, sepLen: i32 = separator.length;`;
const END = `  out.length = outLen;
  return out;
};`;

export default {
  id: 'split-strings',
  why: 'split with a string separator keeps long pieces, grows its result and finds every match',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/string.ts',
      find: stockStart('string', '_this.length * 2'),
      toEndMarker: END,
      replace: loop('__String_prototype_substring'),
    },
    {
      file: 'compiler/builtins/string.ts',
      find: stockStart('bytestring', '_this.length'),
      toEndMarker: END,
      replace: loop('__ByteString_prototype_substring'),
    },
  ],
};
