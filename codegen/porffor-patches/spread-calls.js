// Spread arguments. The spread array was computed into one local per function,
// so a spread call among the arguments of another overwrote the outer one's, and
// when the callee had a rest parameter Porffor generated the spread expression a
// second time in its place (evaluating it twice). Each call now has a local of
// its own, used in both places.
//
// A call that Porffor makes indirectly (a method, a function value, super(...))
// passed a spread argument as its first 8 elements, whatever its length, and
// said 8 arguments were given: a rest parameter then held 8 values (padded with
// undefined) or lost the ninth on. The spread transform
// (codegen/transforms/spread.js) only spreads an array at the callee's rest
// parameter, so such a call now passes that array itself in the rest
// parameter's place with argument count -1, and the callee's indirect wrapper
// takes it as the rest parameter (its `arguments` count is then the fixed
// parameters plus the array's length). Porffor's implicit constructor of a
// derived class, super(...args), is the one spread the transform does not make;
// it still passes its arguments one by one.

export default {
  id: 'spread-calls',
  why: 'a spread argument is evaluated once, and passes the whole array into a rest parameter through indirect calls',
  edits: [
    {
      // the implicit constructor's super(...args) passes its arguments on one by one, as before
      file: 'compiler/codegen.js',
      find: `          arguments: [ {
            type: 'SpreadElement',
            argument: { type: 'Identifier', name: 'args' }
          } ]`,
      replace: `          arguments: [ {
            type: 'SpreadElement',
            _implicit: true,
            argument: { type: 'Identifier', name: 'args' }
          } ]`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  let args = decl.arguments.slice();
  if (args.at(-1)?.type === 'SpreadElement') {
    // hack: support spread element if last by doing essentially:
    // const foo = () => ...;
    // foo(a, b, ...c) -> _ = c; foo(a, b, _[0], _[1], ...)
    const arg = args.at(-1).argument;
    out.push(
      ...generate(scope, arg),
      [ Opcodes.local_set, localTmp(scope, '#spread') ],
      ...getNodeType(scope, arg),
      [ Opcodes.local_set, localTmp(scope, '#spread#type', Valtype.i32) ],

      ...typeIsIterable([ [ Opcodes.local_get, localTmp(scope, '#spread#type', Valtype.i32) ] ]),`,
      replace: `  let args = decl.arguments.slice();
  // helix-sdk: the spread array's local is this call's own
  const spreadName = '#spread' + (globalThis.hxSpreadCalls = (globalThis.hxSpreadCalls ?? 0) + 1);
  if (args.at(-1)?.type === 'SpreadElement') {
    // hack: support spread element if last by doing essentially:
    // const foo = () => ...;
    // foo(a, b, ...c) -> _ = c; foo(a, b, _[0], _[1], ...)
    const arg = args.at(-1).argument;
    out.push(
      ...generate(scope, arg),
      [ Opcodes.local_set, localTmp(scope, spreadName) ],
      ...getNodeType(scope, arg),
      [ Opcodes.local_set, localTmp(scope, spreadName + '#type', Valtype.i32) ],

      ...typeIsIterable([ [ Opcodes.local_get, localTmp(scope, spreadName + '#type', Valtype.i32) ] ]),`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        object: { type: 'Identifier', name: '#spread' },
        property: { type: 'Literal', value: i },`,
      replace: `        object: { type: 'Identifier', name: spreadName },
        property: { type: 'Literal', value: i },`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      // just use the array being spread
      args = args.slice(0, args.length - 8);
      args.push(decl.arguments.at(-1).argument);`,
      replace: `      // just use the array being spread (helix-sdk: as computed above, not a second time)
      args = args.slice(0, args.length - 8);
      args.push({ type: 'Identifier', name: spreadName });`,
    },
    {
      // caller: the spread array itself, in place of its first 8 elements, and count -1
      file: 'compiler/codegen.js',
      find: `    const wrapperArgc = Prefs.indirectWrapperArgc ?? 16;
    const underflow = wrapperArgc - args.length;`,
      replace: `    const wrapperArgc = Prefs.indirectWrapperArgc ?? 16;
    // helix-sdk: a spread (at the callee's rest parameter) passes the array itself, with argument count -1
    const spreadToRest = decl.arguments.at(-1)?.type === 'SpreadElement' && !decl.arguments.at(-1)._implicit;
    if (spreadToRest) args = [ ...args.slice(0, args.length - 8), { type: 'Identifier', name: spreadName } ];
    const underflow = wrapperArgc - args.length;`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        [TYPES.function]: () => [
          number(wrapperArgc - underflow, Valtype.i32),`,
      replace: `        [TYPES.function]: () => [
          number(spreadToRest ? -1 : wrapperArgc - underflow, Valtype.i32),`,
    },
    {
      // callee's wrapper: argument count -1 means the rest parameter's array was passed as it is
      file: 'compiler/codegen.js',
      find: `      wasm.push(
        // helix-sdk: room for the rest arguments this wrapper can pass`,
      replace: `      // helix-sdk: count -1: the caller passed the rest array itself in its place
      wasm.push(
        [ Opcodes.local_get, 0 ],
        number(-1, Valtype.i32),
        [ Opcodes.i32_eq ],
        [ Opcodes.if, Blocktype.void ],
          [ Opcodes.local_get, 3 + paramCount * 2 ],
          [ Opcodes.local_tee, array + 1 ],
          Opcodes.i32_to_u,
          [ Opcodes.local_tee, array ],
          [ Opcodes.i32_load, 0, 0 ],
          number(paramCount - 1, Valtype.i32),
          [ Opcodes.i32_add ],
          [ Opcodes.local_set, 0 ],
        [ Opcodes.else ]
      );
      wasm.push(
        // helix-sdk: room for the rest arguments this wrapper can pass`,
    },
    {
      file: 'compiler/codegen.js',
      find: `        offset += 9;
      }

      args.push({
        type: 'SpreadElement',
        argument: {
          type: 'Identifier',
          name: '#array',`,
      replace: `        offset += 9;
      }
      wasm.push([ Opcodes.end ]);

      args.push({
        type: 'SpreadElement',
        argument: {
          type: 'Identifier',
          name: '#array',`,
    },
  ],
};
