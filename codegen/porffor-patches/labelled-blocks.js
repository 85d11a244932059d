// Branch targets. `L: { ... break L; ... }`: a break out of a labelled block
// (not a loop) went to whatever construct came first inside the block, so the
// rest of the block still ran; the block now has its own place in Porffor's
// branch-depth table. And `continue` inside a `switch` took the switch for its
// loop (the nearest target a `break` would take), so the case fell through to
// the next; it now goes to the nearest loop.

export default {
  id: 'labelled-blocks',
  why: 'break out of a labelled block leaves the block; continue inside a switch continues the loop',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  const name = decl.label.name;
  scope.labels.set(name, depth.length);

  const out = generate(scope, decl.body);`,
      replace: `  const name = decl.label.name;
  scope.labels.set(name, depth.length);

  // helix-sdk: a labelled block is a branch target of its own
  const isBlock = decl.body.type === 'BlockStatement';
  if (isBlock) depth.push('label');
  const out = generate(scope, decl.body);
  if (isBlock) depth.pop();`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    if: 1, // break inside if, branch 0 to skip the rest of the if
    switch: 1,`,
      replace: `    if: 1, // break inside if, branch 0 to skip the rest of the if
    label: 1, // helix-sdk: block (wanted branch) (we are here)
    switch: 1,`,
    },
    {
      file: 'compiler/codegen.js',
      find: `const getNearestLoop = () => {
  for (let i = depth.length - 1; i >= 0; i--) {
    if (['while', 'dowhile', 'for', 'forof', 'forin', 'switch', 'switch_typeswitch'].includes(depth[i])) return i;
  }`,
      replace: `const getNearestLoop = (loopsOnly = false) => {
  for (let i = depth.length - 1; i >= 0; i--) {
    // helix-sdk: a switch is a target for break, not for continue
    if (['while', 'dowhile', 'for', 'forof', 'forin', ...(loopsOnly ? [] : ['switch', 'switch_typeswitch'])].includes(depth[i])) return i;
  }`,
    },
    {
      file: 'compiler/codegen.js',
      find: `const generateContinue = (scope, decl) => {
  const target = decl.label ? scope.labels.get(decl.label.name) : getNearestLoop();`,
      // (Porffor's own builtins are left as they were compiled and tested)
      replace: `const generateContinue = (scope, decl) => {
  const target = decl.label ? scope.labels.get(decl.label.name) : getNearestLoop(hxProgramCode());`,
    },
  ],
};
