// Porffor moved a switch's `default` clause to the end before generating it, so
// falling through out of a `default` written first ran nothing more, and a case
// written before `default` fell through past it. The clauses now keep their
// source order; only the dispatch tries `default` last, as JavaScript does.

export default {
  id: 'switch-default-order',
  why: 'a default clause anywhere in a switch falls through in source order',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  if (defaultCase != -1) {
    // move default case to last
    cases.push(cases.splice(defaultCase, 1)[0]);
  } else {`,
      replace: `  if (defaultCase != -1) {
    // move default case to last (helix-sdk: in programs, it stays in place and is dispatched to last)
    if (!hxProgramCode()) cases.push(cases.splice(defaultCase, 1)[0]);
  } else {`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    } else {
      out.push(
        [ Opcodes.br, i ]
      );
    }
  }
`,
      replace: `    } else if (!hxProgramCode()) {
      out.push(
        [ Opcodes.br, i ]
      );
    }
  }
  // helix-sdk: no case matched: to the default clause where it is (or the empty one added at the end)
  if (hxProgramCode()) out.push([ Opcodes.br, cases.findIndex(x => x.test == null) ]);
`,
    },
  ],
};
