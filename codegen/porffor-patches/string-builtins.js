// String builtins. `s.slice(a, b)` with b before a allocated a negative size;
// `s.substr(a, n)` with n < 0 made a string of length -1.
// `s.lastIndexOf(t)` of wide strings compared only the low byte of each unit,
// and with t longer than s compared bytes past
// the end of s (and could find t there). `s.includes(t)` of a Latin-1 string and a wider one gave -1,
// not false. `s.repeat(n)` of a string with characters above U+00FF wrote
// its length in bytes where it counts UTF-16 units (twice too long: NUL
// characters after the copies), and an infinite or huge count overflowed the
// size it allocated (a trap) instead of throwing V8's RangeError.
// String.fromCharCode did not take its arguments
// modulo 2^16 (fromCharCode(-9) is U+FFF7, 65601 is "A"), and built its result
// in one fixed 2 KiB block whatever the number of arguments. `s.startsWith(t)`,
// `endsWith` and `includes` of a wide s read a Latin-1 t as UTF-16 units
// ("Ωmeg83".endsWith("83") was false): t is widened first, as indexOf does.

export default {
  id: 'string-builtins',
  why: 'slice ending before its start, substr of a negative length; includes and lastIndexOf of wide or longer search strings; startsWith/endsWith/includes of a wide string and a Latin-1 one; repeat keeps wide strings whole; fromCharCode wraps its codes and sizes its result',
  precompile: true,
  edits: [
    {
      // a wide search string in a Latin-1 one: not found is false (indexOf's -1 leaked out)
      file: 'compiler/builtins/string.ts',
      find: `  if (Porffor.wasm\`local.get \${searchString+1}\` != Porffor.TYPES.bytestring) return -1;`,
      replace: `  if (Porffor.wasm\`local.get \${searchString+1}\` != Porffor.TYPES.bytestring) return false;`,
    },
    {
      // a search string longer than the string: not found. The start position clamped to 0 and the
      // comparison read past the string's end ("".lastIndexOf("x") could be 0)
      file: 'compiler/builtins/string.ts',
      count: 2,
      find: `  if (Porffor.wasm\`local.get \${position+1}\` == Porffor.TYPES.undefined) position = len - searchLen;`,
      replace: `  if (searchLen > len) return -1;
  if (Porffor.wasm\`local.get \${position+1}\` == Porffor.TYPES.undefined) position = len - searchLen;`,
    },
    {
      // lastIndexOf of UTF-16 strings compared the low byte of each unit ("\u0100" held "ﬀ")
      file: 'compiler/builtins/string.ts',
      find: `    for (let i: i32 = 0; i < searchLenX2; i += 2) {
      let chr: i32 = Porffor.wasm.i32.load8_u(thisPtr + i, 0, 4);
      let expected: i32 = Porffor.wasm.i32.load8_u(searchPtr + i, 0, 4);`,
      replace: `    for (let i: i32 = 0; i < searchLenX2; i += 2) {
      let chr: i32 = Porffor.wasm.i32.load16_u(thisPtr + i, 0, 4);
      let expected: i32 = Porffor.wasm.i32.load16_u(searchPtr + i, 0, 4);`,
    },
    {
      // slice with its end before its start: empty. The size allocated came first, from end - start < 0
      // (a wide string asked for 4 GiB: OUT OF MEMORY)
      file: 'compiler/builtins/string.ts',
      find: `  const out: string = Porffor.malloc(6 + (end - start) * 2);

  if (start > end) return out;`,
      replace: `  if (start > end) end = start;
  const out: string = Porffor.malloc(6 + (end - start) * 2);`,
    },
    {
      file: 'compiler/builtins/string.ts',
      find: `  const out: bytestring = Porffor.malloc(6 + (end - start));

  if (start > end) return out;`,
      replace: `  if (start > end) end = start;
  const out: bytestring = Porffor.malloc(6 + (end - start));`,
    },
    {
      // substr with a negative length: empty (it made a string of length -1)
      file: 'compiler/builtins/string.ts',
      count: 2,
      find: `  if (start + length > len) length = len - start;`,
      replace: `  if (start + length > len) length = len - start;
  if (length < 0) length = 0;`,
    },
    {
      // Infinity is out of range too (the message cannot carry the count V8 adds: these builtins are i32 code)
      file: 'compiler/builtins/string.ts',
      find: `  if (count < 0) throw new RangeError('Invalid count value');`,
      count: 2,
      // (i32 code: an infinite count arrives as the largest i32; a result past V8's longest string is refused)
      replace: `  if (Porffor.fastOr(count < 0, count >= 2147483647)) throw new RangeError('Invalid count value');
  if (_this.length > 0) if (count > 536870888 / _this.length) throw new RangeError('Invalid string length'); // (not fastAnd: it divides by an empty string's 0)`,
    },
    {
      file: 'compiler/builtins/string.ts',
      find: `  Porffor.wasm.i32.store(out, thisLen * count, 0, 0);
  return out;
};

export const __ByteString_prototype_repeat`,
      replace: `  Porffor.wasm.i32.store(out, _this.length * count, 0, 0); // helix-sdk: a length in units, not bytes
  return out;
};

export const __ByteString_prototype_repeat`,
    },
    {
      file: 'compiler/builtins/string_f64.ts',
      find: `export const __String_fromCharCode = (...codes: any[]): bytestring|string => {
  let out: string = Porffor.malloc();

  const len: i32 = codes.length;
  out.length = len;

  let bytestringable: boolean = true;
  for (let i: i32 = 0; i < len; i++) {
    const v: i32 = __ecma262_ToIntegerOrInfinity(codes[i]);`,
      replace: `export const __String_fromCharCode = (...codes: any[]): bytestring|string => {
  // helix-sdk: room for every code, each taken modulo 2^16 (ToUint16)
  const len: i32 = codes.length;
  let out: string = Porffor.malloc(4 + len * 2);
  out.length = len;

  let bytestringable: boolean = true;
  for (let i: i32 = 0; i < len; i++) {
    const v: i32 = (__ecma262_ToNumber(codes[i]) | 0) & 0xFFFF;`,
    },
    {
      // startsWith, endsWith and includes of a wide string: a Latin-1 search string is widened first
      file: 'compiler/builtins/string.ts',
      find: '  // todo: handle bytestring searchString\n',
      count: 3,
      replace: `  // helix-sdk: a one-byte search string widened (its units are read as UTF-16 below)
  if (Porffor.wasm\`local.get \${searchString+1}\` == Porffor.TYPES.bytestring) {
    searchString = Porffor.bytestringToString(searchString);
  }
`,
    },
  ],
};
