// Typed arrays end to end. Porffor's typed-array builtins are replaced by ours
// (typed-arrays.generator.js says what was wrong with them), and an element
// access in the program checks its index: Porffor read and wrote any address the
// index gave, so a[-1] read a[0], a[length] read the next block and a store past
// the end overwrote it. Now, as in JavaScript, a read outside 0..length-1 (or at
// an index that is not an integer) is undefined and a store there is ignored
// (the right-hand side is still evaluated). The builtins index only within
// bounds, so their accesses are left unchecked. for...of over an Int16Array
// read its elements as unsigned.

import fs from 'node:fs';

const GENERATOR = fs.readFileSync(new URL('./typed-arrays.generator.js', import.meta.url), 'utf8');

// [valid index] leaves an i32 on the stack: the index is an integer in [0, length)
const CHECK = `
const typedArrayIndexOk = (scope, objectGet, propertyGet) => {
  const index = localTmp(scope, '#typedarray_index', Valtype.i32);
  return [
    propertyGet,
    Opcodes.i32_to_u,
    [ Opcodes.local_tee, index ],
    [ Opcodes.f64_convert_i32_u ],
    propertyGet,
    [ Opcodes.f64_eq ],
    [ Opcodes.local_get, index ],
    objectGet,
    Opcodes.i32_to_u,
    [ Opcodes.i32_load, 0, 0 ],
    [ Opcodes.i32_lt_u ],
    [ Opcodes.i32_and ]
  ];
};

// The element access's options for wrapBC, with the bounds check around them (not in the builtins).
const typedArrayRead = (scope, objectGet, propertyGet, opts) => !hxProgramCode() ? opts : {
  prelude: [ ...typedArrayIndexOk(scope, objectGet, propertyGet), [ Opcodes.if, valtypeBinary ], ...opts.prelude ],
  postlude: [
    ...opts.postlude,
    [ Opcodes.else ],
    number(UNDEFINED),
    ...setLastType(scope, TYPES.undefined),
    [ Opcodes.end ]
  ]
};

// A store outside the array is ignored; its value is still computed (and is the expression's value). A plain
// store goes to a scratch cell instead (Porffor generates the right-hand side once per element kind; a branch of
// its own for the ignored store would double that code at every store, and again for every store nested in it).
const typedArrayStore = (scope, objectGet, propertyGet, opts, { op, decl, newValueTmp }) => !hxProgramCode() ? opts : op === '=' ? {
  prelude: [
    ...typedArrayIndexOk(scope, objectGet, propertyGet),
    [ Opcodes.local_set, localTmp(scope, '#typedarray_store_ok', Valtype.i32) ],
    ...opts.prelude,
    [ Opcodes.local_set, localTmp(scope, '#typedarray_store_index', Valtype.i32) ],
    number(allocBytes(scope, '\u0000helix-sdk: ignored typed-array stores', 16), Valtype.i32),
    [ Opcodes.local_get, localTmp(scope, '#typedarray_store_ok', Valtype.i32) ],
    [ Opcodes.select ],
    [ Opcodes.local_get, localTmp(scope, '#typedarray_store_index', Valtype.i32) ],
    number(0, Valtype.i32),
    [ Opcodes.local_get, localTmp(scope, '#typedarray_store_ok', Valtype.i32) ],
    [ Opcodes.select ]
  ],
  postlude: opts.postlude
} : {
  prelude: [ ...typedArrayIndexOk(scope, objectGet, propertyGet), [ Opcodes.if, Blocktype.void ], ...opts.prelude ],
  postlude: [
    [ Opcodes.else ],
    ...(op === '=' ? generate(scope, decl.right) : performOp(scope, op, [ number(UNDEFINED) ], generate(scope, decl.right),
      [ number(TYPES.undefined, Valtype.i32) ], getNodeType(scope, decl.right))),
    newValueTmp ? [ Opcodes.local_set, newValueTmp ] : [ Opcodes.drop ],
    [ Opcodes.end ],
    ...opts.postlude
  ]
};

const generateMember = (scope, decl, _global, _name) => {`;

// Porffor's options for its typed-array element reads and stores (wrapBC's second argument).
const READ_OPTIONS = `      }, {
        prelude: [
          objectGet,
          Opcodes.i32_to_u,
          [ Opcodes.i32_load, 0, 4 ],

          propertyGet,
          Opcodes.i32_to_u
        ],
        postlude: setLastType(scope, TYPES.number)
      }),`;
const STORE_OPTIONS = `          }, {
            prelude: [
              objectGet,
              Opcodes.i32_to_u,
              [ Opcodes.i32_load, 0, 4 ],

              propertyGet,
              Opcodes.i32_to_u,
            ],
            postlude: [
              // setLastType(scope, TYPES.number)
              ...optional([ Opcodes.local_get, newValueTmp ])
            ]
          }),`;

/** The same options passed through `helper` (helix-sdk: the bounds check). */
function wrapOptions(options, helper) {
  const extra = helper === 'typedArrayStore' ? ', { op, decl, newValueTmp }' : '';
  return options.replace('}, {', `}, ${helper}(scope, objectGet, propertyGet, {`).replace(/\}\),$/, `}${extra})),`);
}

export default {
  id: 'typed-arrays',
  why: 'typed arrays of any length, with views, set, slice, fill and copyWithin as in JavaScript, and bounds-checked elements',
  precompile: true,
  edits: [
    {
      // a.BYTES_PER_ELEMENT on an instance is a getter like byteLength
      file: 'compiler/codegen.js',
      find: `const builtinPrototypeGets = ['size', 'description', 'byteLength',`,
      replace: `const builtinPrototypeGets = ['size', 'description', 'BYTES_PER_ELEMENT', 'byteLength',`,
    },
    {
      // for...of over an Int16Array read its elements as unsigned
      file: 'compiler/codegen.js',
      find: `    [ TYPES.int16array, () => makeTypedArrayNext([
      [ Opcodes.i32_load16_u, 0, 4 ],
      Opcodes.i32_from_u
    ], 2) ],`,
      replace: `    [ TYPES.int16array, () => makeTypedArrayNext([
      [ Opcodes.i32_load16_s, 0, 4 ],
      Opcodes.i32_from
    ], 2) ],`,
    },
    {
      file: 'compiler/builtins/typedarray.js',
      find: 'export default async () => {',
      toEnd: true,
      replace: GENERATOR.slice(GENERATOR.indexOf('\nexport default async') + 1),
    },
    {
      file: 'compiler/codegen.js',
      find: 'const generateMember = (scope, decl, _global, _name) => {',
      replace: CHECK.trimStart(),
    },
    {
      // element reads
      file: 'compiler/codegen.js',
      find: READ_OPTIONS,
      replace: wrapOptions(READ_OPTIONS, 'typedArrayRead'),
    },
    {
      // element stores
      file: 'compiler/codegen.js',
      find: STORE_OPTIONS,
      replace: wrapOptions(STORE_OPTIONS, 'typedArrayStore'),
    },
  ],
};
