// Inside `for...of`, Porffor's branch depths for `break` and `continue` were
// swapped: `continue` left the loop and `break` went on to the next element.
// The loop is `loop > block > body`, so `break` must leave the block and
// `continue` must branch to the loop.

export default {
  id: 'for-of-break-continue',
  why: 'break and continue inside for...of do what they say',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `    forof: 1, // loop > block (wanted branch) (we are here)`,
      replace: `    forof: 2, // loop > block (wanted branch) (we are here) [helix-sdk: was 1, which branched to the loop]`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    forof: 2, // loop (wanted branch) > block (we are here)`,
      replace: `    forof: 1, // loop (wanted branch) > block (we are here) [helix-sdk: was 2, which left the loop]`,
    },
  ],
};
