// Where the SDK's changes to Porffor's code generation apply: the program's own
// code. Porffor's builtins are compiled ahead (at precompile) and some are
// finished while a program compiles, with i32 numbers (valtype i32); both are
// left as Porffor wrote and tested them. The other patches ask hxProgramCode().

export default {
  id: 'program-code',
  why: "the SDK's code-generation fixes apply to the program's code, not to Porffor's builtins",
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `const pagePtr = ind => {`,
      replace: `// helix-sdk: generating the program's own code (not a builtin, at precompile or finished with i32 numbers)
const hxProgramCode = () => !globalThis.precompile && valtypeBinary === Valtype.f64;

const pagePtr = ind => {`,
    },
  ],
};
