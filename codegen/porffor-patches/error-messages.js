// The TypeErrors of a program's mistakes, in V8's words, so that an uncaught one
// prints what Node prints: reading or setting a property of undefined names
// the property ("Cannot read properties of undefined (reading 'x')"), and
// calling what is not a function names the callee as written ("cfg.onEvent is
// not a function", where Porffor said "undefined is not a function"); the same
// for null, where Porffor's object builtins said "Cannot get property of null"
// (only in the program's code: builtins keep their own check).

const HELPERS = `
// helix-sdk: a member's key as V8 prints it in messages (null when it is computed at run time)
const hxKeyText = member => !member.computed ? member.property.name
  : member.property.type === 'Literal' ? String(member.property.value) : null;

// helix-sdk: the callee as V8 prints it in "... is not a function" (null when it cannot be printed)
const hxCalleeText = node => {
  if (!node) return null;
  if (node.type === 'Identifier') {
    if (node.name.startsWith('#')) return null;
    // a builtin the member became (Math.PI is the variable __Math_PI)
    if (node.name.startsWith('__') && (builtinVars[node.name] || builtinFuncs[node.name])) return unhackName(node.name);
    return node.name;
  }
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

// helix-sdk: V8's TypeError when the object of a member read or write is null (type object, address 0);
// \`verb\` is 'read'/'reading' or 'set'/'setting'
const hxNullCheck = (scope, objectGet, type, key, [verb, doing]) => globalThis.precompile ? [] : [
  objectGet,
  Opcodes.i32_to,
  [ Opcodes.i32_eqz ],
  ...type,
  number(TYPES.object, Valtype.i32),
  [ Opcodes.i32_eq ],
  [ Opcodes.i32_and ],
  [ Opcodes.if, Blocktype.void ],
  ...internalThrow(scope, 'TypeError', key == null ? \`Cannot \${verb} properties of null\` : \`Cannot \${verb} properties of null (\${doing} '\${key}')\`),
  [ Opcodes.end ]
];

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
    {
      file: 'compiler/codegen.js',
      find: `    default: () => [
      ...(coctc > 0 && known === TYPES.object ? [`,
      replace: `    default: () => [
      ...hxNullCheck(scope, objectGet, type, hxKeyText(decl), ['read', 'reading']),
      ...(coctc > 0 && known === TYPES.object ? [`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        default: () => [
          objectGet,
          Opcodes.i32_to,
          ...(op === '=' ? [] : [ [ Opcodes.local_tee, localTmp(scope, '#objset_object', Valtype.i32) ] ]),`,
      replace: `        default: () => [
          ...hxNullCheck(scope, objectGet, getNodeType(scope, object), hxKeyText(decl.left), ['set', 'setting']),
          objectGet,
          Opcodes.i32_to,
          ...(op === '=' ? [] : [ [ Opcodes.local_tee, localTmp(scope, '#objset_object', Valtype.i32) ] ]),`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      // alias primitive prototype with primitive object types
      aliasPrimObjsBC(protoBC);`,
      replace: `      // helix-sdk: a method called on null throws as in V8 (Object.prototype's builtins took null for this;
      // other types keep the call itself as their default)
      if (protoBC[TYPES.object] && !decl.optional && !globalThis.precompile) {
        const objectCall = protoBC[TYPES.object];
        protoBC[TYPES.object] = () => [
          [ Opcodes.local_get, localTmp(scope, targetName) ], // the receiver's own local (receiver-once.js)
          Opcodes.i32_to,
          [ Opcodes.i32_eqz ],
          [ Opcodes.if, Blocktype.void ],
          ...internalThrow(scope, 'TypeError', \`Cannot read properties of null (reading '\${protoName}')\`),
          [ Opcodes.end ],
          ...objectCall()
        ];
      }

      // alias primitive prototype with primitive object types
      aliasPrimObjsBC(protoBC);`,
    },
  ],
};
