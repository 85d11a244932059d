// A function, array or string used as an object (a class's `prototype` and
// statics, `f.name`, `arr.foo`) gets an object of its own, kept in a store of
// (value, object) pairs. The store was one 2 KiB block that never grew: past
// about 170 such values it overwrote the block after it (in a program with many
// classes, a getter or method then read as undefined). Its entries were also
// found by value alone, so a function and a string at the same number shared
// one object. The store now doubles when full (it is reached only through its
// global, so it can move) and an entry matches on value and type.

const ENTRY = 16; // f64 value at +4, i32 object at +12, i32 type at +16 (from the entry's start, after the length word)

export default {
  id: 'underlying-store',
  why: 'the objects of functions, arrays and strings used as objects are kept in a store that grows',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: 'let underlyingStore: i32 = 0;',
      replace: 'let underlyingStore: i32 = 0;\nlet underlyingRoom: i32 = 0; // helix-sdk: entries the store holds (underlying-store.js)',
    },
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: `    if (underlyingStore == 0) underlyingStore = Porffor.malloc();

    // check if underlying object already exists for obj
    const underlyingLength: i32 = Porffor.wasm.i32.load(underlyingStore, 0, 0);
    const end: i32 = underlyingLength * 12;
    for (let i: i32 = 0; i < end; i += 12) {
      if (Porffor.wasm.f64.eq(Porffor.wasm.f64.load(underlyingStore + i, 0, 4), _obj))
        return Porffor.wasm.i32.load(underlyingStore + i, 0, 12) as object;
    }`,
      replace: `    if (underlyingStore == 0) {
      underlyingStore = Porffor.malloc(4 + 64 * ${ENTRY});
      underlyingRoom = 64;
    }

    // check if underlying object already exists for obj (helix-sdk: of the same type)
    const underlyingLength: i32 = Porffor.wasm.i32.load(underlyingStore, 0, 0);
    const end: i32 = underlyingLength * ${ENTRY};
    for (let i: i32 = 0; i < end; i += ${ENTRY}) {
      if (Porffor.fastAnd(Porffor.wasm.f64.eq(Porffor.wasm.f64.load(underlyingStore + i, 0, 4), _obj),
        Porffor.wasm.i32.load(underlyingStore + i, 0, 16) == Porffor.type(_obj)))
        return Porffor.wasm.i32.load(underlyingStore + i, 0, 12) as object;
    }`,
    },
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: `    Porffor.wasm.i32.store(underlyingStore, underlyingLength + 1, 0, 0);
    Porffor.wasm.f64.store(underlyingStore + underlyingLength * 12, _obj, 0, 4);
    Porffor.wasm.i32.store(underlyingStore + underlyingLength * 12, underlying, 0, 12);`,
      replace: `    // helix-sdk: a full store moves to a block twice the size
    const count: i32 = Porffor.wasm.i32.load(underlyingStore, 0, 0);
    if (count >= underlyingRoom) {
      const grown: i32 = Porffor.malloc(4 + underlyingRoom * ${2 * ENTRY});
      Porffor.wasm.memory.copy(grown, underlyingStore, 4 + count * ${ENTRY}, 0, 0);
      underlyingStore = grown;
      underlyingRoom *= 2;
    }
    Porffor.wasm.i32.store(underlyingStore, count + 1, 0, 0);
    Porffor.wasm.f64.store(underlyingStore + count * ${ENTRY}, _obj, 0, 4);
    Porffor.wasm.i32.store(underlyingStore + count * ${ENTRY}, underlying, 0, 12);
    Porffor.wasm.i32.store(underlyingStore + count * ${ENTRY}, Porffor.type(_obj), 0, 16);`,
    },
  ],
};
