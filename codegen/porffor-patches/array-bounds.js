// Plain-array elements as JavaScript reads and writes them. Porffor read any
// slot the index gave: a[-1] and a[0.5] read a[0], and after `a.length = 2` the
// old a[3] was still there to read (and came back when the array grew again).
// Now, in the program's code, a read is undefined unless the index is an integer
// below the length; a store at an index that is not an array index (negative or
// fractional, which JavaScript makes a property) is ignored, its value still
// computed; and the slots an array grows over, by a store past its end or a
// longer `length`, read as undefined (sdk/kernel/arrays.c clears them).

const CHECK = `
// helix-sdk: the index is an integer that can index an array (0 .. 2^32-2). (Not by converting to i32 and back:
// Porffor's optimiser removes that pair.)
const arrayIndexIsInteger = (propertyGet) => {
  return [
    propertyGet,
    [ Opcodes.f64_trunc ],
    propertyGet,
    [ Opcodes.f64_eq ],
    propertyGet,
    number(0),
    [ Opcodes.f64_ge ],
    [ Opcodes.i32_and ],
    propertyGet,
    number(4294967295),
    [ Opcodes.f64_lt ],
    [ Opcodes.i32_and ]
  ];
};

const generateMember = (scope, decl, _global, _name) => {`;

export default {
  id: 'array-bounds',
  why: 'plain-array reads outside the array are undefined, stores at non-index keys are ignored, grown slots are empty',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: 'const generateMember = (scope, decl, _global, _name) => {',
      replace: CHECK.trimStart(),
    },
    {
      // reads (typedArrayIndexOk is the typed-arrays patch's: an integer below the length in the header)
      file: 'compiler/codegen.js',
      find: `      [TYPES.array]: () => [
        propertyGet,
        Opcodes.i32_to_u,
        number(ValtypeSize[valtype] + 1, Valtype.i32),
        [ Opcodes.i32_mul ],

        objectGet,
        Opcodes.i32_to_u,
        [ Opcodes.i32_add ],
        [ Opcodes.local_tee, localTmp(scope, '#loadArray_offset', Valtype.i32) ],
        [ Opcodes.load, 0, ValtypeSize.i32 ],

        ...setLastType(scope, [
          [ Opcodes.local_get, localTmp(scope, '#loadArray_offset', Valtype.i32) ],
          [ Opcodes.i32_load8_u, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],
        ])
      ],`,
      replace: `      [TYPES.array]: () => [
        // helix-sdk: outside 0 .. length-1 (or not an integer), undefined
        ...(!hxProgramCode() ? [] : [ ...typedArrayIndexOk(scope, objectGet, propertyGet), [ Opcodes.if, valtypeBinary ] ]),
        propertyGet,
        Opcodes.i32_to_u,
        number(ValtypeSize[valtype] + 1, Valtype.i32),
        [ Opcodes.i32_mul ],

        objectGet,
        Opcodes.i32_to_u,
        [ Opcodes.i32_add ],
        [ Opcodes.local_tee, localTmp(scope, '#loadArray_offset', Valtype.i32) ],
        [ Opcodes.load, 0, ValtypeSize.i32 ],

        ...setLastType(scope, [
          [ Opcodes.local_get, localTmp(scope, '#loadArray_offset', Valtype.i32) ],
          [ Opcodes.i32_load8_u, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],
        ]),
        ...(!hxProgramCode() ? [] : [
          [ Opcodes.else ],
          number(UNDEFINED),
          ...setLastType(scope, TYPES.undefined),
          [ Opcodes.end ]
        ])
      ],`,
    },
    {
      // stores: only at an array index
      file: 'compiler/codegen.js',
      find: `          [TYPES.array]: () => [
            objectGet,
            Opcodes.i32_to_u,

            // get index as valtype
            propertyGet,
            Opcodes.i32_to_u,`,
      replace: `          [TYPES.array]: () => arrayStoreAtIndex(scope, propertyGet, newValueTmp, op, decl, [
            objectGet,
            Opcodes.i32_to_u,

            // get index as valtype
            propertyGet,
            Opcodes.i32_to_u,`,
    },
    {
      file: 'compiler/codegen.js',
      find: `            [ Opcodes.local_get, pointerTmp ],
            ...getNodeType(scope, decl),
            [ Opcodes.i32_store8, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],

            ...optional([ Opcodes.local_get, newValueTmp ])
          ],`,
      replace: `            [ Opcodes.local_get, pointerTmp ],
            ...getNodeType(scope, decl),
            [ Opcodes.i32_store8, 0, ValtypeSize.i32 + ValtypeSize[valtype] ],

            ...optional([ Opcodes.local_get, newValueTmp ])
          ]),`,
    },
    {
      file: 'compiler/codegen.js',
      find: `const generateMember = (scope, decl, _global, _name) => {`,
      replace: `// helix-sdk: the array store \`body\`, done only at an array index; elsewhere just the value
const arrayStoreAtIndex = (scope, propertyGet, newValueTmp, op, decl, body) => !hxProgramCode() ? body : [
  ...arrayIndexIsInteger(propertyGet),
  [ Opcodes.if, newValueTmp ? valtypeBinary : Blocktype.void ],
  ...body,
  [ Opcodes.else ],
  ...(op === '=' ? generate(scope, decl.right) : performOp(scope, op, [ number(UNDEFINED) ], generate(scope, decl.right),
    [ number(TYPES.undefined, Valtype.i32) ], getNodeType(scope, decl.right))),
  ...(newValueTmp ? [] : [ [ Opcodes.drop ] ]),
  [ Opcodes.end ]
];

const generateMember = (scope, decl, _global, _name) => {`,
    },
    {
      // a longer length: the new slots are cleared by the kernel (an array's reserve call clears what it grows over)
      file: 'compiler/codegen.js',
      find: `    const type = getNodeType(scope, decl.left.object);
    const known = knownType(scope, type);
    if (known != null && (known & TYPE_FLAGS.length) !== 0) return [
      ...out,
      ...optional([ Opcodes.local_tee, pointerTmp ]),

      ...lengthTypeWasm,
      ...optional(number(UNDEFINED), valueUnused)
    ];`,
      replace: `    const type = getNodeType(scope, decl.left.object);
    const known = knownType(scope, type);
    if (known === TYPES.array && hxProgramCode()) {
      // helix-sdk: array.length = n grows through the kernel's reserve (index n - 1), which clears the new slots
      const arrayTmp = localTmp(scope, '#length_array', Valtype.i32);
      const lengthTmp = localTmp(scope, '#length_value');
      return [
        ...out,
        [ Opcodes.local_set, arrayTmp ],
        ...(op === '=' ? generate(scope, decl.right) : performOp(scope, op, [
          [ Opcodes.local_get, arrayTmp ],
          [ Opcodes.i32_load, Math.log2(ValtypeSize.i32) - 1, 0 ],
          Opcodes.i32_from_u
        ], generate(scope, decl.right), [ number(TYPES.number, Valtype.i32) ], getNodeType(scope, decl.right))),
        [ Opcodes.local_set, lengthTmp ],
        [ Opcodes.local_get, arrayTmp ],
        [ Opcodes.f64_convert_i32_u ],
        [ Opcodes.local_get, lengthTmp ],
        number(1),
        [ Opcodes.f64_sub ],
        ...((scope.usesImports = true), [ [ Opcodes.call, importedFuncs.__hx_array_reserve ] ]),
        [ Opcodes.drop ],
        [ Opcodes.local_get, arrayTmp ],
        [ Opcodes.local_get, lengthTmp ],
        Opcodes.i32_to_u,
        [ Opcodes.i32_store, Math.log2(ValtypeSize.i32) - 1, 0 ],
        ...(valueUnused ? [] : [ [ Opcodes.local_get, lengthTmp ] ]),
        ...optional(number(UNDEFINED), valueUnused)
      ];
    }
    if (known != null && (known & TYPE_FLAGS.length) !== 0) return [
      ...out,
      ...optional([ Opcodes.local_tee, pointerTmp ]),

      ...lengthTypeWasm,
      ...optional(number(UNDEFINED), valueUnused)
    ];`,
    },
  ],
};
