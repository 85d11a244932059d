// Map and Set had keys() and values() but no entries(), so `[...map.entries()]`
// and `for (const [k, v] of map.entries())` were refused at build time. Like
// Porffor's keys() and values(), entries() returns an array (of [key, value]
// pairs, [value, value] for a Set), which spread, for...of and Array.from take.
// (Each pair is its own array: an array literal in a builtin is one static array
// that every call would share.)

export default {
  id: 'collection-entries',
  why: 'Map.prototype.entries and Set.prototype.entries',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/map.ts',
      find: 'export const __Map_prototype_toString = ',
      replace: `// helix-sdk: entries() as an array of pairs (collection-entries.js)
export const __Map_prototype_entries = (_this: Map) => {
  const size: i32 = Porffor.wasm.i32.load(Porffor.wasm.i32.load(_this, 0, 0), 0, 0);
  const keys: any[] = Porffor.wasm.i32.load(_this, 0, 0);
  const vals: any[] = Porffor.wasm.i32.load(_this, 0, 4);
  const out: any[] = Porffor.malloc();

  for (let i: i32 = 0; i < size; i++) {
    const pair: any[] = Porffor.malloc();
    Porffor.array.fastPush(pair, keys[i]);
    Porffor.array.fastPush(pair, vals[i]);
    Porffor.array.fastPush(out, pair);
  }

  return out;
};

export const __Map_prototype_toString = `,
    },
    {
      file: 'compiler/builtins/set.ts',
      find: 'export const __Set_prototype_keys = ',
      replace: `// helix-sdk: entries() as an array of [value, value] pairs (collection-entries.js)
export const __Set_prototype_entries = (_this: Set) => {
  const size: number = Porffor.wasm.i32.load(_this, 0, 0);
  const out: any[] = Porffor.malloc();

  for (let i: number = 0; i < size; i++) {
    const v: any = (_this as any[])[i];
    const pair: any[] = Porffor.malloc();
    Porffor.array.fastPush(pair, v);
    Porffor.array.fastPush(pair, v);
    Porffor.array.fastPush(out, pair);
  }

  return out;
};

export const __Set_prototype_keys = `,
    },
  ],
};
