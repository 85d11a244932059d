// An array is one block: a 4-byte length, then 9 bytes per element. Every
// indexed store to an array (`a[i] = v`, and push, which stores the same way)
// tells the kernel which element it writes once the value is computed and
// before it is stored (sdk/kernel/arrays.c hx_host_array_reserve): an index
// past the most an array can hold stops the program there (it would address
// the next array); a store at or past the length sets the length to index + 1
// (Porffor left the length unchanged); an array in the static data grows only
// in place. A relocatable array grows when the store reaches past its memory.
// `new Array(n)` allocates room for its n elements.

// Porffor's indexed store to an array, up to the store of the value itself.
const ARRAY_STORE = `        ...(decl.left.computed ? {
          [TYPES.array]: () => [
            objectGet,
            Opcodes.i32_to_u,

            // get index as valtype
            propertyGet,
            Opcodes.i32_to_u,

            // turn into byte offset by * valtypeSize + 1
            number(ValtypeSize[valtype] + 1, Valtype.i32),
            [ Opcodes.i32_mul ],
            [ Opcodes.i32_add ],
            [ Opcodes.local_tee, pointerTmp ],

            ...(op === '=' ? generate(scope, decl.right) : performOp(scope, op, [
              [ Opcodes.local_get, pointerTmp ],
              [ Opcodes.load, 0, ValtypeSize.i32 ]
            ], generate(scope, decl.right), [
              [ Opcodes.local_get, pointerTmp ],
              [ Opcodes.i32_load8_u, 0, ValtypeSize.i32 + ValtypeSize[valtype] ]
            ], getNodeType(scope, decl.right))),
            ...optional([ Opcodes.local_tee, newValueTmp ]),
            [ Opcodes.store, 0, ValtypeSize.i32 ],`;
const VALUE_STORE = `            ...optional([ Opcodes.local_tee, newValueTmp ]),
            [ Opcodes.store, 0, ValtypeSize.i32 ],`;

export default {
  id: 'array-capacity',
  why: 'arrays grow without overwriting the next object',
  precompile: true,
  edits: [
    {
      file: 'compiler/codegen.js',
      find: ARRAY_STORE,
      replace: ARRAY_STORE.replace(VALUE_STORE, `            ...optional([ Opcodes.local_tee, newValueTmp ]),

            // helix-sdk: the value is computed; before it is stored, the kernel checks the index and sets the
            // length to index + 1 when the store is at or past it (sdk/kernel/arrays.c hx_host_array_reserve)
            objectGet,
            ...(valtypeBinary === Valtype.i32 ? [ [ Opcodes.f64_convert_i32_u ] ] : []),
            propertyGet,
            ...(valtypeBinary === Valtype.i32 ? [ [ Opcodes.f64_convert_i32_s ] ] : []),
            ...((scope.usesImports = true), [ [ Opcodes.call, importedFuncs.__hx_array_reserve ] ]),
            [ Opcodes.drop ],

            [ Opcodes.store, 0, ValtypeSize.i32 ],`),
    },
    {
      file: 'compiler/builtins/array.ts',
      find: `      const out: any[] = Porffor.malloc();
      out.length = n;
      return out;`,
      replace: `      // helix-sdk: room for all n elements (the kernel caps what it gives at the most an array holds)
      const bytes: i32 = n < 1000000 ? 4 + n * 9 : 9000004;
      const out: any[] = Porffor.mallocArray(bytes);
      out.length = n;
      return out;`,
    },
  ],
};
