// Objects and one-byte strings built in place had the same problem as arrays
// (array-capacity.js): a property added to an object, or bytes appended to a
// string under construction (join, number formatting, JSON), were written past
// the end of the block. Each of those writes now first asks the kernel for room
// (sdk/kernel/heap.c). Objects also start smaller than Porffor's page: 512 bytes
// hold 28 properties, and the newest object grows in place past that.

export const OBJECT_SLOT_BYTES = 512;

// _internal_object.ts is compiled with i32 values, date.ts with f64 values.
const reserveCallI32 = (fn, target, amount) => `Porffor.wasm\`local.get \${${target}}
f64.convert_i32_u
local.get \${${amount}}
f64.convert_i32_u
call ${fn}
drop\`;`;
const reserveCallF64 = (fn, target, amount) => `Porffor.wasm\`local.get \${${target}}
local.get \${${amount}}
call ${fn}
drop\`;`;

export default {
  id: 'object-capacity',
  why: 'objects and strings built in place grow without overwriting the next object',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: 'Porffor.wasm.i32.store16(obj, size + 1, 0, 0);',
      count: 13,
      replace: '__Porffor_hx_objectReserve(obj, size); Porffor.wasm.i32.store16(obj, size + 1, 0, 0);',
    },
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: 'export const __Porffor_object_fastAdd = ',
      replace: `// helix-sdk: room for one more property (sdk/kernel/heap.c)
export const __Porffor_hx_objectReserve = (obj: object, size: i32): void => {
  ${reserveCallI32('__hx_object_reserve', 'obj', 'size')}
};

export const __Porffor_object_fastAdd = `,
    },
    {
      file: 'compiler/builtins/date.ts',
      find: `export const __Porffor_bytestring_appendStr = (str: bytestring, appendage: bytestring): i32 => {
  const strLen: i32 = str.length;
  const appendageLen: i32 = appendage.length;`,
      replace: `export const __Porffor_bytestring_appendStr = (str: bytestring, appendage: bytestring): i32 => {
  const strLen: i32 = str.length;
  const appendageLen: i32 = appendage.length;
  __Porffor_hx_stringReserve(str, strLen + appendageLen);`,
    },
    {
      file: 'compiler/builtins/date.ts',
      find: `export const __Porffor_bytestring_appendChar = (str: bytestring, char: i32): i32 => {
  const len: i32 = str.length;`,
      replace: `// helix-sdk: room for a string of \`length\` bytes (sdk/kernel/heap.c)
export const __Porffor_hx_stringReserve = (str: bytestring, length: number): void => {
  ${reserveCallF64('__hx_string_reserve', 'str', 'length')}
};

export const __Porffor_bytestring_appendChar = (str: bytestring, char: i32): i32 => {
  const len: i32 = str.length;
  __Porffor_hx_stringReserve(str, len + 1);`,
    },
    {
      file: 'compiler/builtins/date.ts',
      find: `export const __Porffor_bytestring_append2Char = (str: bytestring, char1: i32, char2: i32): i32 => {
  const len: i32 = str.length;`,
      replace: `export const __Porffor_bytestring_append2Char = (str: bytestring, char1: i32, char2: i32): i32 => {
  const len: i32 = str.length;
  __Porffor_hx_stringReserve(str, len + 2);`,
    },
    {
      file: 'compiler/builtins/date.ts',
      find: `  let strPtr: i32 = Porffor.wasm\`local.get \${str}\` + str.length;

  let numStrLen: i32 = numStr.length;`,
      replace: `  let strPtr: i32 = Porffor.wasm\`local.get \${str}\` + str.length;

  let numStrLen: i32 = numStr.length;
  __Porffor_hx_stringReserve(str, str.length + (len > numStrLen ? len : numStrLen));`,
    },
    // objects start at their own, smaller slot
    {
      file: 'compiler/codegen.js',
      find: `const generateObject = (scope, decl, global = false, name = '$undeclared') => {
  const out = [
    number(pageSize, Valtype.i32),`,
      replace: `const generateObject = (scope, decl, global = false, name = '$undeclared') => {
  const out = [
    number(${OBJECT_SLOT_BYTES}, Valtype.i32), // helix-sdk: objects grow in place (object-capacity.js)`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    return [
      number(pageSize, Valtype.i32),
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_malloc').index ],
      Opcodes.i32_from_u,
      [ Opcodes.local_tee, tmp ],`,
      replace: `    return [
      number(${OBJECT_SLOT_BYTES}, Valtype.i32), // helix-sdk: objects grow in place (object-capacity.js)
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_malloc').index ],
      Opcodes.i32_from_u,
      [ Opcodes.local_tee, tmp ],`,
    },
  ],
};
