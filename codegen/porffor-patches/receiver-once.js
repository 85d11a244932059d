// A method call whose name is also a builtin's (`add`, `push`, `set`, `get`, ...)
// first evaluates its receiver to choose the builtin by type; when the receiver
// is none of those types, Porffor generated the whole call again for the user's
// method, so the receiver was evaluated twice: `b.add().add()` ran `add` three
// times. The fallback now calls the method on the receiver already computed,
// held in a local of its own (nested calls of this kind no longer share one).
// (`super` is left as it is: it has no effects, and Porffor resolves it from
// the class that contains it, which a local would lose.)

export default {
  id: 'receiver-once',
  why: 'a method call evaluates its receiver once',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `    const builtinProtoCands = Object.keys(builtinFuncs).filter(x => x.startsWith('__') && x.endsWith('_prototype_' + protoName));
    if (!decl._protoInternalCall && builtinProtoCands.length > 0) {
      out.push(
        ...generate(scope, target),
        [ Opcodes.local_set, localTmp(scope, '#proto_target') ],

        ...getNodeType(scope, target),
        [ Opcodes.local_set, localTmp(scope, '#proto_target#type', Valtype.i32) ],
      );

      if (decl._thisWasm) {
        // after to still generate original target
        out.push(
          ...decl._thisWasm,
          [ Opcodes.local_set, localTmp(scope, '#proto_target#type', Valtype.i32) ],
          [ Opcodes.local_set, localTmp(scope, '#proto_target') ]
        );
      }
`,
      replace: `    const builtinProtoCands = Object.keys(builtinFuncs).filter(x => x.startsWith('__') && x.endsWith('_prototype_' + protoName));
    if (!decl._protoInternalCall && builtinProtoCands.length > 0) {
      // helix-sdk: the receiver has a local of its own, and the fallback below reuses it
      const targetName = '#proto_target' + uniqId();
      out.push(
        ...generate(scope, target),
        [ Opcodes.local_set, localTmp(scope, targetName) ],

        ...getNodeType(scope, target),
        [ Opcodes.local_set, localTmp(scope, targetName + '#type', Valtype.i32) ],
      );

      if (decl._thisWasm) {
        // after to still generate original target
        out.push(
          ...decl._thisWasm,
          [ Opcodes.local_set, localTmp(scope, targetName + '#type', Valtype.i32) ],
          [ Opcodes.local_set, localTmp(scope, targetName) ]
        );
      }
`,
    },
    {
      file: 'compiler/codegen.js',
      find: `          arguments: [
            {
              type: 'Identifier',
              name: '#proto_target'
            },

            ...decl.arguments
          ],
          _protoInternalCall: true
        });
      }`,
      replace: `          arguments: [
            {
              type: 'Identifier',
              name: targetName
            },

            ...decl.arguments
          ],
          _protoInternalCall: true
        });
      }

      // helix-sdk: the fallback (a method of the program's own) calls it on the receiver computed above
      const member = decl.callee.type === 'ChainExpression' ? decl.callee.expression : decl.callee;
      const fallbackCall = member?.type === 'MemberExpression' && member.object === target && target.type !== 'Super' ? {
        ...decl,
        callee: decl.callee.type === 'ChainExpression'
          ? { ...decl.callee, expression: { ...member, object: { type: 'Identifier', name: targetName } } }
          : { ...member, object: { type: 'Identifier', name: targetName } },
      } : decl;`,
    },
    {
      file: 'compiler/codegen.js',
      find: `          internalThrow(scope, 'TypeError', \`'\${protoName}' proto func tried to be called on a type without an impl\`, true) :
          generate(scope, {
            ...decl,
            _protoInternalCall: true
          }));`,
      replace: `          internalThrow(scope, 'TypeError', \`'\${protoName}' proto func tried to be called on a type without an impl\`, true) :
          generate(scope, {
            ...fallbackCall,
            _protoInternalCall: true
          }));`,
    },
  ],
};
