// Porffor keeps a table of every function that can be called indirectly (its
// length, flags and name, for `f.length` and `f.name`) in two fixed pages, and
// shrinks each entry to fit: past about 580 functions an entry no longer held
// even its length and flags, the table ran over the pages after it, and the
// strings there were overwritten. A program whose functions use `this` outside a
// class (an object literal's method or accessor) makes every builtin callable
// indirectly (some 6,500), so it printed garbage where its string literals
// were. The table's pages are now allocated once the functions are known, as
// many as it needs, and every entry keeps its whole name.

/** The shortened name the table stores (assemble.js: "__String_prototype_trim" is "trim"). */
const HELPERS = `  // helix-sdk: room for the whole name of every entry, pages for the whole table (func-lut.js)
  funcs.bytesPerFuncLut = () => {
    return indirectFuncs._bytesPerFuncLut ??= indirectFuncs.reduce((acc, x) => {
      let name = x.wrapperOf?.name ?? x.name;
      if (name.startsWith('#')) name = '';
      if (name.startsWith('__')) name = name.split('_').pop();
      return name.length > acc ? name.length : acc;
    }, 0) + 8;
  };
  funcs.funcLutAddress = scope => {
    if (indirectFuncs._funcLutAddress != null) return indirectFuncs._funcLutAddress;
    const bytes = indirectFuncs.length * funcs.bytesPerFuncLut();
    const address = allocPage(scope, '#func lut');
    for (let i = 1; i * pageSize < bytes; i++) allocPage(scope, \`#func lut#\${i + 1}\`);
    return indirectFuncs._funcLutAddress = address;
  };`;

const deferredAddress = `[ null, () => [ number(funcs.funcLutAddress(scope), Valtype.i32) ] ]`;

export default {
  id: 'func-lut',
  why: 'the table of indirectly callable functions has room for all of them (no overwritten strings)',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  funcs.bytesPerFuncLut = () => {
    return indirectFuncs._bytesPerFuncLut ??=
      Math.min(Math.floor((pageSize * 2) / indirectFuncs.length), indirectFuncs.reduce((acc, x) => x.name.length > acc ? x.name.length : acc, 0) + 8);
  };`,
      replace: HELPERS,
    },
    {
      file: 'compiler/builtins.js',
      find: `      [ Opcodes.i32_mul ],
      [ Opcodes.i32_load16_u, 0, ...unsignedLEB128(allocLargePage(scope, '#func lut')) ]`,
      replace: `      [ Opcodes.i32_mul ],
      ${deferredAddress},
      [ Opcodes.i32_add ],
      [ Opcodes.i32_load16_u, 0, 0 ]`,
    },
    {
      file: 'compiler/builtins.js',
      find: `      [ Opcodes.i32_add ],
      [ Opcodes.i32_load8_u, 0, ...unsignedLEB128(allocLargePage(scope, '#func lut')) ]`,
      replace: `      [ Opcodes.i32_add ],
      ${deferredAddress},
      [ Opcodes.i32_add ],
      [ Opcodes.i32_load8_u, 0, 0 ]`,
    },
    {
      file: 'compiler/builtins.js',
      find: `      number(allocLargePage(scope, '#func lut'), Valtype.i32),`,
      replace: `      ${deferredAddress},`,
    },
  ],
};
