// crypto.getRandomValues is refused at build time, but Porffor compiles it into
// any program that has a getter or setter in an object literal, and its element
// store (in a builtin file compiled with i32 values) handed an i32 to code that
// takes an f64: the program failed as "invalid WebAssembly in
// crypto.getRandomValues". It now stores its bytes directly.

export default {
  id: 'crypto-random-values',
  why: 'programs with getters or setters in object literals compile (crypto.getRandomValues is valid WebAssembly)',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/crypto.ts',
      find: `  while (i < endPtr) {
    buffer[i] = Porffor.randomByte();
    i++;
  }`,
      replace: `  const data: i32 = Porffor.wasm.i32.load(buffer, 0, 4) + 4; // helix-sdk: the elements (crypto-random-values.js)
  while (i < endPtr) {
    Porffor.wasm.i32.store8(data + i, Porffor.randomByte(), 0, 0);
    i++;
  }`,
    },
  ],
};
