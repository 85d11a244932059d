// Array.prototype.join built its result as a one-byte string, so any element or
// separator outside Latin-1 ("→", "°C" is fine, "µs" is fine, "✓" is not)
// came out empty or truncated. Once a wide part appears, the rest of the result is
// now built as a UTF-16 string.

export default {
  id: 'join-wide',
  why: 'join keeps characters outside Latin-1',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/array.ts',
      find: `  let separator: bytestring = ',';
  if (Porffor.type(_separator) != Porffor.TYPES.undefined)
    separator = ecma262.ToString(_separator);

  let out: bytestring = Porffor.malloc();
  const len: i32 = _this.length;
  let i: i32 = 0;
  while (i < len) {
    if (i > 0) Porffor.bytestring.appendStr(out, separator);

    const element: any = _this[i++];
    if (element != 0 || Porffor.fastAnd(
      Porffor.type(element) != Porffor.TYPES.undefined, // undefined
      Porffor.type(element) != Porffor.TYPES.object // null
    )) {
      Porffor.bytestring.appendStr(out, ecma262.ToString(element));
    }
  }

  return out;`,
      replace: `  let separator: any = ',';
  if (Porffor.type(_separator) != Porffor.TYPES.undefined)
    separator = ecma262.ToString(_separator);

  // helix-sdk: one-byte result while every part is one-byte, UTF-16 after that
  let out: bytestring = Porffor.malloc();
  let wide: any = '';
  let isWide: boolean = Porffor.type(separator) == Porffor.TYPES.string;
  if (isWide) wide = Porffor.bytestringToString(out);
  const len: i32 = _this.length;
  let i: i32 = 0;
  while (i < len) {
    if (i > 0) {
      if (isWide) wide = Porffor.strcat(wide, separator);
      else Porffor.bytestring.appendStr(out, separator);
    }

    const element: any = _this[i++];
    if (element != 0 || Porffor.fastAnd(
      Porffor.type(element) != Porffor.TYPES.undefined, // undefined
      Porffor.type(element) != Porffor.TYPES.object // null
    )) {
      const part: any = ecma262.ToString(element);
      if (!isWide && Porffor.type(part) == Porffor.TYPES.string) {
        isWide = true;
        wide = Porffor.bytestringToString(out);
      }
      if (isWide) wide = Porffor.strcat(wide, part);
      else Porffor.bytestring.appendStr(out, part);
    }
  }

  if (isWide) return wide;
  return out;`,
    },
  ],
};
