// "abc".split("") lost its last element: the result's length was stored before
// each push, one behind.

const tail = (typeTag) => `i32.const ${typeTag}
i32.store8 0 12\`;
      outLen++;
      produced++;
    }
    return out;`;
const fixedTail = (typeTag) => `i32.const ${typeTag}
i32.store8 0 12\`;
      outLen++;
      produced++;
    }
    out.length = outLen; // helix-sdk: the length after the last element
    return out;`;

export default {
  id: 'split-empty',
  why: 'split("") returns every character',
  precompile: true,
  edits: [
    { file: 'compiler/builtins/string.ts', find: tail(67), replace: fixedTail(67) },
    { file: 'compiler/builtins/string.ts', find: tail(195), replace: fixedTail(195) },
  ],
};
