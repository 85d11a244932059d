// Porffor infers the types of local variables at compile time. A loop starts a
// fresh inference scope and, at its end, the scope from before the loop comes
// back unchanged, so `let x = undefined; for (;;) { x = 3; break; }` went on
// believing x is undefined and printed "undefined". Variables assigned inside a
// loop now lose their inferred type after it.

export default {
  id: 'loop-type-inference',
  why: 'variables assigned inside a loop keep their run-time type after the loop',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `const inferLoopPrev = [];
const inferLoopStart = scope => {
  // todo/opt: do not just wipe the infer tree for loops
  inferLoopPrev.push(scope.inferTree ?? [ Object.create(null) ]);
  scope.inferTree = [ Object.create(null) ];
};

const inferLoopEnd = scope => {
  scope.inferTree = inferLoopPrev.pop();
};`,
      replace: `const inferLoopPrev = [];
const inferLoopWrites = []; // helix-sdk: names assigned inside each open loop
const inferLoopStart = scope => {
  // todo/opt: do not just wipe the infer tree for loops
  inferLoopPrev.push(scope.inferTree ?? [ Object.create(null) ]);
  inferLoopWrites.push(new Set());
  scope.inferTree = [ Object.create(null) ];
};

const inferLoopEnd = scope => {
  scope.inferTree = inferLoopPrev.pop();
  const written = inferLoopWrites.pop();
  for (const tree of scope.inferTree) {
    for (const name of written) if (name in tree) tree[name] = null;
  }
  for (const outer of inferLoopWrites) for (const name of written) outer.add(name);
};`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    // set inferred type in top
    const top = scope.inferTree.at(-1);
    top[name] = type;`,
      replace: `    // set inferred type in top
    const top = scope.inferTree.at(-1);
    top[name] = type;
    for (const written of inferLoopWrites) written.add(name);`,
    },
  ],
};
