// Array.prototype.sort without a comparator compares elements as strings, and
// Porffor's string "less than" only returned true on the first smaller code unit:
// it never stopped at a larger one ("Uart1" < "adc" was false, "b" < "ab" true) and
// ignored length ("ab" < "abc" false). Typed arrays shared that string order,
// where JavaScript sorts them numerically (-0 before +0, NaN last).

export default {
  id: 'sort-order',
  why: 'sort() without a comparator orders strings by code unit and typed arrays by number',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/array.ts',
      find: `  const maxLength: i32 = Math.max(a.length, b.length);
  for (let i: i32 = 0; i < maxLength; i++) {
    const ac: i32 = a.charCodeAt(i);
    const bc: i32 = b.charCodeAt(i);

    if (ac < bc) return true;
  }

  return false;`,
      replace: `  // helix-sdk: the first differing code unit decides, then the length
  const aLength: i32 = a.length;
  const bLength: i32 = b.length;
  const common: i32 = Math.min(aLength, bLength);
  for (let i: i32 = 0; i < common; i++) {
    const ac: i32 = a.charCodeAt(i);
    const bc: i32 = b.charCodeAt(i);

    if (ac != bc) return ac < bc;
  }

  return aLength < bLength;`,
    },
    {
      file: 'compiler/builtins/array.ts',
      find: `  if (callbackFn === undefined) {
    // default callbackFn, convert to strings and sort by char code
    callbackFn = (x: any, y: any) => {`,
      replace: `  if (callbackFn === undefined && Porffor.type(_this) != Porffor.TYPES.array) {
    // helix-sdk: typed arrays sort numerically (TypedArray.prototype.sort)
    callbackFn = (x: number, y: number) => {
      if (x < y) return -1;
      if (x > y) return 1;
      if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
      if (Number.isNaN(y)) return -1;
      if (x == 0 && y == 0) {
        if (1 / x < 0 && 1 / y > 0) return -1;
        if (1 / x > 0 && 1 / y < 0) return 1;
      }
      return 0;
    };
  }

  if (callbackFn === undefined) {
    // default callbackFn, convert to strings and sort by char code
    callbackFn = (x: any, y: any) => {`,
    },
  ],
};
