// Array.prototype.join built its result as a one-byte string, so any element or
// separator outside Latin-1 ("→", "°C" is fine, "µs" is fine, "✓" is not)
// came out empty or truncated. Once a wide part appears, the rest of the result is
// now built as a UTF-16 string. Each part converted (a number's digits) is
// allocated after the result, which then could not grow in place: past about
// 2 KiB the program stopped (STRING TOO LONG); the result, one-byte or UTF-16, now
// moves to a block twice the size when it must (__hx_string_room,
// sdk/kernel/heap.c), so joining n parts takes linear time and memory (a UTF-16
// result built with strcat took quadratic memory: 1,200 short parts exhausted 4
// MiB). toString (and so String(array) and `${array}`) is the same loop with a
// comma. (The room call is inline wasm: a builtin the patches add cannot be
// called from another builtin by name, the precompiler resolves names against
// Porffor's own.)

// The one-byte result `out` gets room for `bytes` bytes.
const room = (bytes) => `room = ${bytes};
      Porffor.wasm\`local.get \${out}
local.get \${room}
call __hx_string_room
local.set \${out}\`;`;

// The UTF-16 result `wide` gets the one-byte or UTF-16 string `part` appended.
const appendWide = (part) => `room = (Porffor.wasm.i32.load(wide, 0, 0) + Porffor.wasm.i32.load(${part}, 0, 0)) * 2;
      Porffor.wasm\`local.get \${wide}
local.get \${room}
call __hx_string_room
local.set \${wide}\`;
      wideLen = Porffor.wasm.i32.load(wide, 0, 0);
      partLen = Porffor.wasm.i32.load(${part}, 0, 0);
      if (Porffor.type(${part}) == Porffor.TYPES.string) {
        Porffor.wasm.memory.copy(Porffor.wasm\`local.get \${wide}\` + 4 + wideLen * 2, Porffor.wasm\`local.get \${${part}}\` + 4, partLen * 2, 0, 0);
      } else {
        for (let j: i32 = 0; j < partLen; j++) {
          Porffor.wasm.i32.store16(Porffor.wasm\`local.get \${wide}\` + 4 + (wideLen + j) * 2, Porffor.wasm.i32.load8_u(Porffor.wasm\`local.get \${${part}}\` + 4 + j, 0, 0), 0, 0);
        }
      }
      Porffor.wasm.i32.store(wide, wideLen + partLen, 0, 0);`;

// The loop, after `separator` is set; it returns the result.
const JOIN_LOOP = `  // helix-sdk: one-byte result while every part is one-byte, UTF-16 after that
  let out: bytestring = Porffor.malloc();
  let room: number = 0;
  let wide: any = '';
  let wideLen: i32 = 0;
  let partLen: i32 = 0;
  let isWide: boolean = Porffor.type(separator) == Porffor.TYPES.string;
  if (isWide) wide = Porffor.bytestringToString(out);
  const len: i32 = _this.length;
  let i: i32 = 0;
  while (i < len) {
    if (i > 0) {
      if (isWide) {
        ${appendWide('separator')}
      } else {
        ${room('out.length + separator.length')}
        Porffor.bytestring.appendStr(out, separator);
      }
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
      if (isWide) {
        ${appendWide('part')}
      } else {
        ${room('out.length + part.length')}
        Porffor.bytestring.appendStr(out, part);
      }
    }
  }

  if (isWide) return wide;
  return out;`;

// Porffor's loop, as both builtins had it (toString with a comma character).
const stockLoop = (appendSeparator) => `  let out: bytestring = Porffor.malloc();
  const len: i32 = _this.length;
  let i: i32 = 0;
  while (i < len) {
    if (i > 0) ${appendSeparator};

    const element: any = _this[i++];
    if (element != 0 || Porffor.fastAnd(
      Porffor.type(element) != Porffor.TYPES.undefined, // undefined
      Porffor.type(element) != Porffor.TYPES.object // null
    )) {
      Porffor.bytestring.appendStr(out, ecma262.ToString(element));
    }
  }

  return out;`;

export default {
  id: 'join-wide',
  why: 'join and toString keep characters outside Latin-1 and grow past their first block',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/array.ts',
      find: `  let separator: bytestring = ',';
  if (Porffor.type(_separator) != Porffor.TYPES.undefined)
    separator = ecma262.ToString(_separator);

${stockLoop('Porffor.bytestring.appendStr(out, separator)')}`,
      replace: `  let separator: any = ',';
  if (Porffor.type(_separator) != Porffor.TYPES.undefined)
    separator = ecma262.ToString(_separator);

${JOIN_LOOP}`,
    },
    {
      file: 'compiler/builtins/array.ts',
      find: `  // todo: this is bytestring only!

${stockLoop('Porffor.bytestring.appendChar(out, 44)')}`,
      replace: `  const separator: bytestring = ',';
${JOIN_LOOP}`,
    },
  ],
};
