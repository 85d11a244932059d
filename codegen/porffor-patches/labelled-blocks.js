// `L: { ... break L; ... }`: a break out of a labelled block (not a loop) went
// to whatever construct came first inside the block, so the rest of the block
// still ran. The block now has its own place in Porffor's branch-depth table.

export default {
  id: 'labelled-blocks',
  why: 'break out of a labelled block leaves the block',
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
  ],
};
