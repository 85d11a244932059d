// The TypeErrors of a program's mistakes, in V8's words, so that an uncaught one
// prints what Node prints: reading or setting a property of undefined names
// the property ("Cannot read properties of undefined (reading 'x')"), and
// calling what is not a function names the callee as written ("cfg.onEvent is
// not a function", where Porffor said "undefined is not a function").

const HELPERS = `
// helix-sdk: a member's key as V8 prints it in messages (null when it is computed at run time)
const hxKeyText = member => !member.computed ? member.property.name
  : member.property.type === 'Literal' ? String(member.property.value) : null;

// helix-sdk: the callee as V8 prints it in "... is not a function" (null when it cannot be printed)
const hxCalleeText = node => {
  if (!node) return null;
  if (node.type === 'Identifier') return node.name.startsWith('#') ? null : node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'ChainExpression') return hxCalleeText(node.expression);
  if (node.type === 'MemberExpression') {
    const object = hxCalleeText(node.object);
    if (object == null) return null;
    if (!node.computed) return \`\${object}.\${node.property.name}\`;
    if (node.property.type === 'Literal') return \`\${object}[\${typeof node.property.value === 'string' ? JSON.stringify(node.property.value) : node.property.value}]\`;
  }
  return null;
};

const generateMember = (scope, decl, _global, _name) => {`;

export default {
  id: 'error-messages',
  why: "TypeErrors for reading from undefined and calling a non-function say what V8 says",
  edits: [
    {
      file: 'compiler/codegen.js',
      find: 'const generateMember = (scope, decl, _global, _name) => {',
      replace: HELPERS.trimStart(),
    },
    {
      file: 'compiler/codegen.js',
      find: "    [TYPES.undefined]: () => internalThrow(scope, 'TypeError', `Cannot read property of undefined`, true),",
      replace: "    [TYPES.undefined]: () => internalThrow(scope, 'TypeError', hxKeyText(decl) == null ? 'Cannot read properties of undefined' : `Cannot read properties of undefined (reading '${hxKeyText(decl)}')`, true),",
    },
    {
      file: 'compiler/codegen.js',
      find: "        [TYPES.undefined]: () => internalThrow(scope, 'TypeError', 'Cannot set property of undefined', !valueUnused),",
      replace: "        [TYPES.undefined]: () => internalThrow(scope, 'TypeError', hxKeyText(decl.left) == null ? 'Cannot set properties of undefined' : `Cannot set properties of undefined (setting '${hxKeyText(decl.left)}')`, !valueUnused),",
    },
    {
      file: 'compiler/codegen.js',
      find: "          : internalThrow(scope, 'TypeError', `${unhackName(name)} is not a function`, Valtype.f64)",
      replace: "          : internalThrow(scope, 'TypeError', `${hxCalleeText(decl.callee) ?? unhackName(name)} is not a function`, Valtype.f64)",
    },
  ],
};
