// codePointAt compared a byte offset with a length in code units when checking
// for the trailing surrogate, so near the end of a string ("🚀" as the last
// character) it returned the leading surrogate alone.

export default {
  id: 'code-point-at',
  why: 'codePointAt returns whole code points at the end of a string',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/string.ts',
      find: `    // check oob
    if (index + 1 >= len) return c1;`,
      replace: `    // check oob (helix-sdk: index is a byte offset here)
    if (index / 2 + 1 >= len) return c1;`,
    },
  ],
};
