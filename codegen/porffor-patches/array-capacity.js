// An array is one block: a 4-byte length, then 9 bytes per element. Porffor gave
// every array one fixed slot and wrote past its end when it grew, silently
// overwriting whatever was allocated next. Every indexed store to an array
// (`a[i] = v`, and push, which stores the same way) now first asks the kernel
// to reserve room for element i (sdk/kernel/heap.c hx_host_array_reserve): the
// newest block grows in place, any other full array stops the program with a
// clear message. `new Array(n)` allocates room for its n elements, and the array
// a rest parameter receives (`...values`, every console.log call) only what it
// holds, instead of a whole slot per call.

import { SLOT_BYTES } from '../porffor-options.js';

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
            // helix-sdk: room for element [property] first (sdk/kernel/heap.c)
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
      file: 'compiler/codegen.js',
      find: `        elements: restArgs,
        _doNotMarkTypeUsed: true,`,
      replace: `        elements: restArgs,
        _exactAlloc: true, // helix-sdk
        _doNotMarkTypeUsed: true,`,
    },
    {
      file: 'compiler/codegen.js',
      find: '    const allocSize = Math.max(requiredBytes, pageSize);',
      replace: '    const allocSize = decl._exactAlloc ? requiredBytes : Math.max(requiredBytes, pageSize); // helix-sdk',
    },
    {
      file: 'compiler/builtins/array.ts',
      find: `      const out: any[] = Porffor.malloc();
      out.length = n;
      return out;`,
      replace: `      // helix-sdk: room for all n elements
      const bytes: i32 = 4 + n * 9;
      const out: any[] = bytes > ${SLOT_BYTES} ? Porffor.malloc(bytes) : Porffor.malloc();
      out.length = n;
      return out;`,
    },
  ],
};
