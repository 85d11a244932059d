// An array is one block: a 4-byte length, then 9 bytes per element. Every
// indexed store to an array (`a[i] = v`, and push, which stores the same way)
// first tells the kernel which element it writes (sdk/kernel/arrays.c
// hx_host_array_reserve): an index past the most an array can hold stops the
// program there (it would address the next array), and an array in the static
// data grows only in place. A relocatable array grows when the store reaches
// past its memory. A store at or past the length sets the length to index + 1
// (Porffor left the length unchanged). `new Array(n)` allocates room for its n
// elements.

export default {
  id: 'array-capacity',
  why: 'arrays grow without overwriting the next object',
  precompile: true,
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `        ...(decl.left.computed ? {
          [TYPES.array]: () => [
            objectGet,
            Opcodes.i32_to_u,`,
      replace: `        ...(decl.left.computed ? {
          [TYPES.array]: () => [
            // helix-sdk: element [property] checked first (sdk/kernel/arrays.c)
            objectGet,
            ...(valtypeBinary === Valtype.i32 ? [ [ Opcodes.f64_convert_i32_u ] ] : []),
            propertyGet,
            ...(valtypeBinary === Valtype.i32 ? [ [ Opcodes.f64_convert_i32_s ] ] : []),
            ...((scope.usesImports = true), [ [ Opcodes.call, importedFuncs.__hx_array_reserve ] ]),
            [ Opcodes.drop ],

            objectGet,
            Opcodes.i32_to_u,`,
    },
    {
      // JavaScript's length rule, which Porffor left out: storing at or past the length makes it index + 1
      file: 'compiler/codegen.js',
      find: `            [ Opcodes.local_get, pointerTmp ],
            ...getNodeType(scope, decl),
            [ Opcodes.i32_store8, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],

            ...optional([ Opcodes.local_get, newValueTmp ])
          ],`,
      replace: `            [ Opcodes.local_get, pointerTmp ],
            ...getNodeType(scope, decl),
            [ Opcodes.i32_store8, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],

            // helix-sdk: a store at or past the length makes the length index + 1
            propertyGet,
            Opcodes.i32_to_u,
            number(1, Valtype.i32),
            [ Opcodes.i32_add ],
            [ Opcodes.local_tee, localTmp(scope, '#member_setter_end_tmp', Valtype.i32) ],
            objectGet,
            Opcodes.i32_to_u,
            [ Opcodes.i32_load, 0, 0 ],
            [ Opcodes.i32_gt_u ],
            [ Opcodes.if, Blocktype.void ],
              objectGet,
              Opcodes.i32_to_u,
              [ Opcodes.local_get, localTmp(scope, '#member_setter_end_tmp', Valtype.i32) ],
              [ Opcodes.i32_store, 0, 0 ],
            [ Opcodes.end ],

            ...optional([ Opcodes.local_get, newValueTmp ])
          ],`,
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
