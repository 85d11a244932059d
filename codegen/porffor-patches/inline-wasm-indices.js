// Porffor.wasm`...` (inline assembly in Porffor's own builtins) encoded every
// immediate as a signed LEB128 byte sequence, but the assembler expects call,
// local and global indices as plain numbers and re-encodes them. An index of 64
// or more was therefore emitted as two bytes and misread (`call` to a function
// past the 64th became a call to a garbage index). This only showed once the
// SDK's host imports pushed builtin indices past 64.

export default {
  id: 'inline-wasm-indices',
  why: 'inline assembly calls and local accesses work for indices of 64 and above',
  precompile: true,
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `        const encodeFunc = ({
          [Opcodes.f64_const]: x => x,
          [Opcodes.i32_const]: x => x,
          [Opcodes.if]: unsignedLEB128,
          [Opcodes.loop]: unsignedLEB128
        })[inst[0]] ?? signedLEB128;`,
      replace: `        const raw = x => [ x ]; // helix-sdk: the assembler encodes these itself
        const encodeFunc = ({
          [Opcodes.f64_const]: x => x,
          [Opcodes.i32_const]: x => x,
          [Opcodes.if]: unsignedLEB128,
          [Opcodes.loop]: unsignedLEB128,
          [Opcodes.br]: unsignedLEB128,
          [Opcodes.br_if]: unsignedLEB128,
          [Opcodes.call]: raw,
          [Opcodes.local_get]: raw,
          [Opcodes.local_set]: raw,
          [Opcodes.local_tee]: raw,
          [Opcodes.global_get]: raw,
          [Opcodes.global_set]: raw
        })[inst[0]] ?? signedLEB128;`,
    },
  ],
};
