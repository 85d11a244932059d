// Every array Porffor creates at run time comes from the kernel's relocatable
// array allocator (sdk/kernel/arrays.c): its address lies past the arena and
// stays the same when the array grows and its memory moves, so an array can
// grow however many other objects were allocated after it. Porffor gave every
// array a fixed 2 KiB slot; now an array literal, a rest parameter's array and
// `new Array(n)` take the room they need and grow on demand, and copying an
// array (concat, with, toSorted, toSpliced, flat) copies all of it. (Raw `i32[]`
// scratch memory in the BigInt and RegExp builtins is not a JavaScript array
// and stays an ordinary block.)

/** The builtins that create arrays with `const x: any[] = Porffor.malloc(...)`, and how many times. */
const BUILTIN_ARRAY_SITES = {
  'array.ts': 13, // the 14th is `new Array(n)`, sized by array-capacity.js
  'json.ts': 1,
  'map.ts': 6, // two are entries() (collection-entries.js)
  'object.ts': 7,
  'promise.ts': 8,
  'reflect.ts': 1,
  'regexp.ts': 3,
  'set.ts': 3, // two are entries() (collection-entries.js)
  'string.ts': 2,
  'weakmap.ts': 2,
};

export default {
  id: 'relocatable-arrays',
  why: 'arrays live at relocatable addresses, so they grow after other objects were allocated',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins.js',
      find: '  _.__Porffor_bytestringToString = {',
      replace: `  // helix-sdk: an array of \`bytes\` (0: a few elements) that can grow and move (sdk/kernel/arrays.c)
  _.__Porffor_mallocArray = {
    defaultParam: () => ({ type: 'Literal', value: 0 }),
    params: [ Valtype.i32 ],
    locals: [],
    returns: [ Valtype.i32 ],
    returnType: TYPES.number,
    wasm: (scope, { builtin }) => [
      [ Opcodes.local_get, 0 ],
      [ Opcodes.f64_convert_i32_u ],
      [ Opcodes.call, builtin('__hx_array_alloc') ],
      Opcodes.i32_trunc_sat_f64_u
    ]
  };

  // helix-sdk: copy a whole array (its length word and every element), where
  // Porffor.clone copies one 2 KiB page and so dropped elements past the 227th
  _.__Porffor_cloneArray = {
    params: [ Valtype.i32, Valtype.i32 ],
    locals: [],
    returns: [],
    returnType: TYPES.undefined,
    wasm: () => [
      [ Opcodes.local_get, 1 ],
      [ Opcodes.local_get, 0 ],
      [ Opcodes.local_get, 0 ],
      [ Opcodes.i32_load, 0, 0 ],
      number(9, Valtype.i32),
      [ Opcodes.i32_mul ],
      number(4, Valtype.i32),
      [ Opcodes.i32_add ],
      [ ...Opcodes.memory_copy, 0x00, 0x00 ],
    ]
  };

  _.__Porffor_bytestringToString = {`,
    },
    {
      file: 'compiler/builtins/array.ts',
      find: 'Porffor.clone(_this, out);',
      replace: 'Porffor.cloneArray(_this, out);',
      count: 5,
    },
    {
      file: 'compiler/codegen.js',
      find: `    const allocSize = Math.max(requiredBytes, pageSize);

    out.push(
      number(allocSize, Valtype.i32),
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_malloc').index ],`,
      replace: `    // helix-sdk: exactly the room the literal needs; the array grows when it must
    out.push(
      number(requiredBytes, Valtype.i32),
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_mallocArray').index ],`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        number(pageSize, Valtype.i32),
        [ Opcodes.call, includeBuiltin(wrapperFunc, '__Porffor_malloc').index ],`,
      replace: `        // helix-sdk: room for the rest arguments this wrapper can pass
        number(4 + 9 * Math.max(0, wrapperArgc - paramCount + 1), Valtype.i32),
        [ Opcodes.call, includeBuiltin(wrapperFunc, '__Porffor_mallocArray').index ],`,
    },
    {
      // typed arrays are generated from array.ts's functions marked @porf-typed-array: those stay plain blocks
      file: 'compiler/builtins/typedarray.js',
      find: `x.replace('// @porf-typed-array\\n', '')`,
      replace: `x.replace('// @porf-typed-array\\n', '').replaceAll('Porffor.mallocArray(', 'Porffor.malloc(').replaceAll('Porffor.cloneArray(', 'Porffor.clone(')`,
    },
    ...Object.entries(BUILTIN_ARRAY_SITES).map(([file, count]) => ({
      file: `compiler/builtins/${file}`,
      find: ': any[] = Porffor.malloc(',
      replace: ': any[] = Porffor.mallocArray(',
      count,
    })),
  ],
};
