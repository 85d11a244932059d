// Porffor passes a Math function's arguments as raw values (Math.max and
// Math.min are inline chains of f64.max/f64.min): undefined (an element read past
// an array's end) entered as 0 and a string as its address. In programs, an
// argument whose type is not known to be a number is converted first, as
// JavaScript does (unary plus: undefined gives NaN, "5" gives 5).

const edit = (fn) => ({
  file: 'compiler/builtins.js',
  find: `  comptime('${fn}', TYPES.number, (scope, decl, { generate }) => {
    const out = [
      number(${fn === '__Math_max' ? '-' : ''}Infinity)
    ];

    for (let i = 0; i < decl.arguments.length; i++) {
      out.push(
        ...generate(scope, decl.arguments[i]),`,
  replace: `  comptime('${fn}', TYPES.number, (scope, decl, { generate, getNodeType, knownType }) => {
    const out = [
      number(${fn === '__Math_max' ? '-' : ''}Infinity)
    ];

    for (let i = 0; i < decl.arguments.length; i++) {
      // helix-sdk: in programs, ToNumber of an argument not known to be a number
      const arg = decl.arguments[i];
      const numeric = globalThis.precompile || knownType(scope, getNodeType(scope, arg)) === TYPES.number;
      out.push(
        ...generate(scope, numeric ? arg : { type: 'UnaryExpression', operator: '+', prefix: true, argument: arg }),`,
});

export default {
  id: 'math-operands',
  why: 'Math functions convert arguments that are not numbers (undefined gives NaN)',
  edits: [edit('__Math_max'), edit('__Math_min'), {
    file: 'compiler/codegen.js',
    find: `    out = out.concat(arg._callValue ?? generate(scope, arg));
`,
    replace: `    // helix-sdk: a Math function converts an argument not known to be a number (undefined gives NaN)
    const hxToNumber = hxProgramCode() && !arg._callValue && !arg._callType && typeof name === 'string' &&
      name.startsWith('__Math_') && i < paramCount && knownType(scope, getNodeType(scope, arg)) !== TYPES.number;
    out = out.concat(arg._callValue ?? generate(scope, hxToNumber ? { type: 'UnaryExpression', operator: '+', prefix: true, argument: arg } : arg));
`,
  }, {
    file: 'compiler/codegen.js',
    find: `    if (typedParams) out = out.concat(arg._callType ?? getNodeType(scope, arg));
  }`,
    replace: `    if (typedParams) out = out.concat(hxToNumber ? [ number(TYPES.number, Valtype.i32) ] : arg._callType ?? getNodeType(scope, arg));
  }`,
  }],
};
