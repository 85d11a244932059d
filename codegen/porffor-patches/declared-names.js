// Porffor rewrites `Math.max` to its builtin `__Math_max` by name, before it
// knows what a name refers to: any identifier that is a builtin's owner, or
// starts with one and "_", is taken for it, and so are the test-suite names
// Test262Error, assert and compareArray. A program's own class Math_ (or
// SyntaxError_, or Test262Error) had its `.prototype` read as a builtin that
// does not exist: undefined. Names the program declares are now left alone.

export default {
  id: 'declared-names',
  why: "the program's own names are never taken for Porffor's builtins",
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `      if (!objectName || (!objectHackers.includes(objectName) && !objectHackers.some(x => objectName.startsWith(\`\${x}_\`)))) {
        return abortOut;
      }`,
      replace: `      if (!objectName || (!objectHackers.includes(objectName) && !objectHackers.some(x => objectName.startsWith(\`\${x}_\`)))) {
        return abortOut;
      }
      // helix-sdk: a name the program declares is its own
      if (node.object.type === 'Identifier' && declaredNames.has(objectName)) return abortOut;`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  // todo/perf: make this lazy per func (again)
  program = objectHack(program);`,
      replace: `  // todo/perf: make this lazy per func (again)
  declaredNames = globalThis.precompile ? new Set() : namesDeclaredIn(program);
  program = objectHack(program);`,
    },
    {
      file: 'compiler/codegen.js',
      find: `let objectHackers = [];`,
      replace: `let objectHackers = [];

// helix-sdk: the names a program declares (variables, functions, classes, parameters, catch bindings)
let declaredNames = new Set();
const namesDeclaredIn = root => {
  const out = new Set();
  const bind = p => {
    if (!p) return;
    if (p.type === 'Identifier') out.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach(x => bind(x.type === 'RestElement' ? x.argument : x.value));
    else if (p.type === 'ArrayPattern') p.elements.forEach(bind);
    else if (p.type === 'RestElement') bind(p.argument);
    else if (p.type === 'AssignmentPattern') bind(p.left);
  };
  const walk = n => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n.type === 'VariableDeclarator') bind(n.id);
    if (/^(Function|Class)(Declaration|Expression)$/.test(n.type) || n.type === 'ArrowFunctionExpression') {
      if (n.id) bind(n.id);
      (n.params ?? []).forEach(bind);
    }
    if (n.type === 'CatchClause') bind(n.param);
    for (const k in n) if (k[0] !== '_' && n[k] && typeof n[k] === 'object') walk(n[k]);
  };
  walk(root);
  return out;
};`,
    },
  ],
};
