// Porffor's __Porffor_malloc bumps a pointer and, when the current chunk is full,
// grows linear memory by a fixed chunk without looking at the request size or at
// memory.grow's failure: a large request or a full arena ran off the end of
// memory and corrupted it. Allocation is now the kernel's (sdk/kernel/heap.c):
// sized requests take exactly what they ask for, the heap starts right after the
// static data, and exhaustion is a clean out-of-memory fault.

export default {
  id: 'allocator',
  why: 'allocations come from the kernel heap, which faults cleanly when the arena is exhausted',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins.js',
      find: `    wasm: (scope, { builtin, glbl }) => [
      // if currentPtr + bytesToAllocate >= endPtr`,
      toEndMarker: `        ...glbl(Opcodes.global_set, 'currentPtr', Valtype.i32),
      [ Opcodes.end ]
    ]`,
      replace: `    wasm: (scope, { builtin }) => [
      // helix-sdk: the kernel allocates (sdk/kernel/heap.c)
      [ Opcodes.local_get, 0 ],
      [ Opcodes.f64_convert_i32_u ],
      [ Opcodes.call, builtin('__hx_alloc') ],
      Opcodes.i32_trunc_sat_f64_u
    ]`,
    },
  ],
};
