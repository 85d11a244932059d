// for...of over a string yields its code points: a surrogate pair is one
// element of two code units ("a🌡" has 2, not 3). Porffor stepped one UTF-16
// unit at a time. (Spread, Array.from and destructuring of strings go through
// for...of too.)

export default {
  id: 'string-code-points',
  why: 'for...of over a string yields code points, surrogate pairs together',
  precompile: true,
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `      // allocate out string
      number(8, Valtype.i32),
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_malloc').index ],
      [ Opcodes.local_tee, localTmp(scope, '#forof_allocd', Valtype.i32) ],

      // set length to 1
      number(1, Valtype.i32),
      [ Opcodes.i32_store, 0, 0 ],

      // use as pointer for store later
      [ Opcodes.local_get, localTmp(scope, '#forof_allocd', Valtype.i32) ],

      // load current string ind {arg}
      [ Opcodes.local_get, pointer ],
      [ Opcodes.i32_load16_u, Math.log2(ValtypeSize.i16), ValtypeSize.i32 ],

      // store to new string ind 0
      [ Opcodes.i32_store16, Math.log2(ValtypeSize.i16), ValtypeSize.i32 ],
`,
      replace: `      // allocate out string (helix-sdk: room for a surrogate pair)
      number(12, Valtype.i32),
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_malloc').index ],
      [ Opcodes.local_tee, localTmp(scope, '#forof_allocd', Valtype.i32) ],

      // set length to 1
      number(1, Valtype.i32),
      [ Opcodes.i32_store, 0, 0 ],

      // use as pointer for store later
      [ Opcodes.local_get, localTmp(scope, '#forof_allocd', Valtype.i32) ],

      // load current string ind {arg}
      [ Opcodes.local_get, pointer ],
      [ Opcodes.i32_load16_u, Math.log2(ValtypeSize.i16), ValtypeSize.i32 ],
      [ Opcodes.local_tee, localTmp(scope, '#forof_unit', Valtype.i32) ],

      // store to new string ind 0
      [ Opcodes.i32_store16, Math.log2(ValtypeSize.i16), ValtypeSize.i32 ],

      // helix-sdk: a high surrogate followed by a low one: both, as one code point
      [ Opcodes.local_get, localTmp(scope, '#forof_unit', Valtype.i32) ],
      number(0xFC00, Valtype.i32),
      [ Opcodes.i32_and ],
      number(0xD800, Valtype.i32),
      [ Opcodes.i32_eq ],
      [ Opcodes.local_get, length ],
      number(1, Valtype.i32),
      [ Opcodes.i32_gt_u ],
      [ Opcodes.i32_and ],
      [ Opcodes.if, Blocktype.void ],
        [ Opcodes.local_get, pointer ],
        [ Opcodes.i32_load16_u, Math.log2(ValtypeSize.i16), ValtypeSize.i32 + ValtypeSize.i16 ],
        [ Opcodes.local_tee, localTmp(scope, '#forof_unit', Valtype.i32) ],
        number(0xFC00, Valtype.i32),
        [ Opcodes.i32_and ],
        number(0xDC00, Valtype.i32),
        [ Opcodes.i32_eq ],
        [ Opcodes.if, Blocktype.void ],
          [ Opcodes.local_get, localTmp(scope, '#forof_allocd', Valtype.i32) ],
          [ Opcodes.local_get, localTmp(scope, '#forof_unit', Valtype.i32) ],
          [ Opcodes.i32_store16, Math.log2(ValtypeSize.i16), ValtypeSize.i32 + ValtypeSize.i16 ],
          [ Opcodes.local_get, localTmp(scope, '#forof_allocd', Valtype.i32) ],
          number(2, Valtype.i32),
          [ Opcodes.i32_store, 0, 0 ],
          [ Opcodes.local_get, pointer ],
          number(ValtypeSize.i16, Valtype.i32),
          [ Opcodes.i32_add ],
          [ Opcodes.local_set, pointer ],
          [ Opcodes.local_get, length ],
          number(1, Valtype.i32),
          [ Opcodes.i32_sub ],
          [ Opcodes.local_set, length ],
        [ Opcodes.end ],
      [ Opcodes.end ],
`,
    },
  ],
};
