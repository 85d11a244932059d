// for-in decoded each key's type after clearing the two bits that carry it:
// every key with a character above U+00FF came out as a Symbol (printed
// "Symbol()", and its property read undefined). The symbol bit is now read
// first; symbol-keyed properties are skipped, as JavaScript's for-in does.

export default {
  id: 'for-in-keys',
  why: 'for-in gives wide-string keys as strings and skips symbol keys',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `        // unset MSB 1&2 in tmp
        [ Opcodes.local_get, tmp ],
        number(0x3fffffff, Valtype.i32),
        [ Opcodes.i32_and ],
        [ Opcodes.local_set, tmp ],

        // symbol is MSB 2 is set
        [ Opcodes.i32_const, TYPES.string ],
        [ Opcodes.i32_const, TYPES.symbol ],
        [ Opcodes.local_get, tmp ],
        number(0x40000000, Valtype.i32),
        [ Opcodes.i32_and ],
        [ Opcodes.select ],`,
      replace: `        // helix-sdk: symbol is MSB 2 set, read before it is unset
        [ Opcodes.i32_const, TYPES.symbol ],
        [ Opcodes.i32_const, TYPES.string ],
        [ Opcodes.local_get, tmp ],
        number(0x40000000, Valtype.i32),
        [ Opcodes.i32_and ],
        [ Opcodes.select ],

        // unset MSB 1&2 in tmp
        [ Opcodes.local_get, tmp ],
        number(0x3fffffff, Valtype.i32),
        [ Opcodes.i32_and ],
        [ Opcodes.local_set, tmp ],`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    // only run body if entry is enumerable
    [ Opcodes.local_get, pointer ],
    [ Opcodes.i32_load8_u, 0, 24 ],
    [ Opcodes.i32_const, 0b0100 ],
    [ Opcodes.i32_and ],`,
      replace: `    // only run body if entry is enumerable
    [ Opcodes.local_get, pointer ],
    [ Opcodes.i32_load8_u, 0, 24 ],
    [ Opcodes.i32_const, 0b0100 ],
    [ Opcodes.i32_and ],
    // helix-sdk: and its key is not a symbol (MSB 1 and 2 set)
    [ Opcodes.local_get, pointer ],
    [ Opcodes.i32_load, 0, 12 ],
    [ Opcodes.i32_const, 30 ],
    [ Opcodes.i32_shr_u ],
    [ Opcodes.i32_const, 3 ],
    [ Opcodes.i32_ne ],
    [ Opcodes.i32_const, 2 ],
    [ Opcodes.i32_shl ], // 0b0100, as the enumerable bit
    [ Opcodes.i32_and ],`,
    },
  ],
};
