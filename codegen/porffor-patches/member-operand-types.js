// In `a.b[c.d] = v` and `o[k.name]`, Porffor generates both operands first and
// then asks for their types, which it reads from a single "last type" register
// that the second operand has overwritten: this.data[this.head] = b wrote
// nothing, and this.obj[this.key] read undefined. Each operand's type is now
// saved right after the operand is evaluated.

const CAPTURE_HELPER = `const memberTmpNames = scope => {`;
const CAPTURE_HELPER_NEW = `// helix-sdk: a member operand's type, saved before another operand can overwrite the last-type register
const captureType = (scope, node, name) => {
  const type = getNodeType(scope, node);
  if (knownType(scope, type) != null) return { save: [], get: type };
  const tmp = localTmp(scope, name + uniqId(), Valtype.i32);
  return { save: [ ...type, [ Opcodes.local_set, tmp ] ], get: [ [ Opcodes.local_get, tmp ] ] };
};

const memberTmpNames = scope => {`;

export default {
  id: 'member-operand-types',
  why: 'member expressions whose object and key are both member expressions use the right types',
  edits: [
    { file: 'compiler/codegen.js', find: CAPTURE_HELPER, replace: CAPTURE_HELPER_NEW },
    // assignment: a.b[c.d] = v
    {
      file: 'compiler/codegen.js',
      find: `    const out = [
      ...generate(scope, object),
      [ Opcodes.local_set, objectTmp ],

      ...generate(scope, property),
      [ Opcodes.local_set, propertyTmp ],

      // todo: review last type usage here
      ...typeSwitch(scope, getNodeType(scope, object), {`,
      replace: `    const objectType = captureType(scope, object, '#member_obj_type');
    const propertyType = captureType(scope, property, '#member_prop_type');
    const out = [
      ...generate(scope, object),
      [ Opcodes.local_set, objectTmp ],
      ...objectType.save,

      ...generate(scope, property),
      [ Opcodes.local_set, propertyTmp ],
      ...propertyType.save,

      // todo: review last type usage here
      ...typeSwitch(scope, objectType.get, {`,
    },
    {
      file: 'compiler/codegen.js',
      find: `          ...(op === '=' ? [] : [ [ Opcodes.local_tee, localTmp(scope, '#objset_object', Valtype.i32) ] ]),
          ...getNodeType(scope, object),

          ...toPropertyKey(scope, [ propertyGet ], getNodeType(scope, property), decl.left.computed, op === '='),`,
      replace: `          ...(op === '=' ? [] : [ [ Opcodes.local_tee, localTmp(scope, '#objset_object', Valtype.i32) ] ]),
          ...objectType.get,

          ...toPropertyKey(scope, [ propertyGet ], propertyType.get, decl.left.computed, op === '='),`,
    },
    // read: o[k.name]
    {
      file: 'compiler/codegen.js',
      find: `  const { objectTmp, propertyTmp, objectGet, propertyGet } = memberTmpNames(scope);
  const type = getNodeType(scope, object);
  const known = knownType(scope, type);`,
      replace: `  const { objectTmp, propertyTmp, objectGet, propertyGet } = memberTmpNames(scope);
  const objectType = captureType(scope, object, '#member_obj_type');
  const propertyType = captureType(scope, property, '#member_prop_type');
  const type = objectType.get;
  const known = knownType(scope, type);`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      ...toPropertyKey(scope, [ propertyGet ], getNodeType(scope, property), decl.computed, true),`,
      replace: `      ...toPropertyKey(scope, [ propertyGet ], propertyType.get, decl.computed, true),`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    out.unshift(
      ...generate(scope, property),
      [ Opcodes.local_set, propertyTmp ],

      [ Opcodes.block, valtypeBinary ],
      ...generate(scope, object),
      [ Opcodes.local_tee, objectTmp ],
`,
      replace: `    out.unshift(
      ...generate(scope, property),
      [ Opcodes.local_set, propertyTmp ],
      ...propertyType.save,

      [ Opcodes.block, valtypeBinary ],
      ...generate(scope, object),
      [ Opcodes.local_tee, objectTmp ],
      ...objectType.save,
`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      out.unshift(
        ...generate(scope, decl.object),
        [ Opcodes.local_set, objectTmp ],
        ...coctcSetup(scope, decl.object, coctcObjTmp, 'get', [ [ Opcodes.local_get, objectTmp ] ]),`,
      replace: `      out.unshift(
        ...generate(scope, decl.object),
        [ Opcodes.local_set, objectTmp ],
        ...objectType.save,
        ...coctcSetup(scope, decl.object, coctcObjTmp, 'get', [ [ Opcodes.local_get, objectTmp ] ]),`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        [ Opcodes.else ],
          ...generate(scope, property),
          [ Opcodes.local_set, propertyTmp ]
      );`,
      replace: `        [ Opcodes.else ],
          ...generate(scope, property),
          [ Opcodes.local_set, propertyTmp ],
          ...propertyType.save
      );`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      out.unshift(
        ...generate(scope, property),
        [ Opcodes.local_set, propertyTmp ],
        ...generate(scope, object),
        [ Opcodes.local_set, objectTmp ]
      );`,
      replace: `      out.unshift(
        ...generate(scope, property),
        [ Opcodes.local_set, propertyTmp ],
        ...propertyType.save,
        ...generate(scope, object),
        [ Opcodes.local_set, objectTmp ],
        ...objectType.save
      );`,
    },
  ],
};
