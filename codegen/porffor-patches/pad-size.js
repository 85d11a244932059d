// padStart and padEnd wrote their result into a default slot whatever its
// length: a long pad ran past the slot into the next object, and every short
// pad cost a whole slot of heap. The result is now allocated at its length.

const edit = (owner, fn, type, unit) => {
  const head = `export const __${owner}_prototype_${fn} = (_this: ${type}, targetLength: number, padString: any = undefined) => {\n`;
  return {
    file: 'compiler/builtins/string.ts',
    find: `${head}  const out: ${type} = Porffor.malloc();`,
    replace: `${head}  // helix-sdk: room for the result (codegen/porffor-patches/pad-size.js)
  const outLength: i32 = targetLength > _this.length ? targetLength : _this.length;
  const out: ${type} = Porffor.malloc(8 + outLength * ${unit});`,
  };
};

export default {
  id: 'pad-size',
  why: 'padStart and padEnd allocate their result at its length',
  precompile: true,
  edits: [
    edit('String', 'padStart', 'string', 2),
    edit('ByteString', 'padStart', 'bytestring', 1),
    edit('String', 'padEnd', 'string', 2),
    edit('ByteString', 'padEnd', 'bytestring', 1),
  ],
};
