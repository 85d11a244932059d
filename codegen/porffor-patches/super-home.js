// 1. `super` was computed from `this` at run time (the prototype of this's
// prototype), which is only right for the class that `new` named. With three
// classes C extends B extends A, `super(...)` in B's constructor found B again and
// recursed until the stack ran out. `super` now starts from the class that
// lexically contains it (its home object), as the language defines it.
// 2. `super.method()` ran the method with the parent's prototype as `this`; it is
// now called as `super.method.call(this, ...)`.

export default {
  id: 'super-home',
  why: 'super() and super.method() in the middle of a class hierarchy reach the parent of the class that contains them',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  const body = decl.body.body;
  const root = {
    type: 'Identifier',
    name
  };
  const proto = getObjProp(root, 'prototype');
`,
      replace: `  const body = decl.body.body;
  const root = {
    type: 'Identifier',
    name
  };
  const proto = getObjProp(root, 'prototype');

  // helix-sdk: tell every \`super\` of this class which class it belongs to (see generateSuper)
  {
    const markSuper = (node, isStatic) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) { for (const n of node) markSuper(n, isStatic); return; }
      if (node.type === 'Super') { node._homeClass = name; node._homeStatic = isStatic; return; }
      // a nested function or class has its own \`super\` (or none)
      if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' ||
          node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return;
      for (const k in node) if (k !== 'loc' && k !== 'range' && !k.startsWith('_')) markSuper(node[k], isStatic);
    };
    for (const x of body) {
      if (x.type === 'StaticBlock') markSuper(x.body, true);
      else if (x.value?.type === 'FunctionExpression') markSuper(x.value.body, !!x.static);
      else markSuper(x.value, !!x.static);
    }
  }
`,
    },
    {
      // the implicit constructor of a subclass: constructor(...args) { super(...args); }
      file: 'compiler/codegen.js',
      find: `          callee: { type: 'Super' },`,
      replace: `          callee: { type: 'Super', _homeClass: name, _homeStatic: false },`,
    },
    {
      file: 'compiler/codegen.js',
      find: `const generateSuper = (scope, decl) => generate(scope, {`,
      replace: `const generateSuper = (scope, decl) => decl._homeClass ? generate(scope, {
  // helix-sdk: the parent of the home object: Object.getPrototypeOf(Home.prototype), or of Home when static
  type: 'CallExpression',
  callee: { type: 'Identifier', name: '__Porffor_object_getPrototype' },
  arguments: [
    decl._homeStatic ? { type: 'Identifier', name: decl._homeClass } : getObjProp(decl._homeClass, 'prototype')
  ]
}) : generate(scope, {`,
    },
    {
      file: 'compiler/codegen.js',
      find: `const generateCall = (scope, decl, _global, _name, unusedValue = false) => {`,
      replace: `const generateCall = (scope, decl, _global, _name, unusedValue = false) => {
  // helix-sdk: super.method(...) runs the method on this object
  if (!decl._new && !decl._thisWasm && decl.callee?.type === 'MemberExpression' && decl.callee.object?.type === 'Super') {
    return generateCall(scope, {
      ...decl,
      callee: { type: 'MemberExpression', object: decl.callee, property: { type: 'Identifier', name: 'call' }, computed: false, optional: false },
      arguments: [ { type: 'ThisExpression', _noGlobalThis: true }, ...decl.arguments ]
    }, _global, _name, unusedValue);
  }
`,
    },
  ],
};
