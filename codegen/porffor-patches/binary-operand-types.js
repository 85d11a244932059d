// In a binary operation Porffor evaluates both operands and only then asks for
// the left operand's type, from the "last type" register the right operand has
// overwritten; and it parks the operands in temporaries with fixed names that a
// nested operation of the same kind reuses. So `out += a[i] + a[j]` in a function
// produced "ZZg" for "Zg". The left type is now saved after the left operand, and
// the temporaries are unique per operation. And `a + 1` where a's type is not known
// at compile time was compiled as a sum (and typed a number) without looking: a
// string `a` gave its address plus one. In programs (Porffor's builtins are
// written for its rules), `+` checks at run time unless both types are known.
// And undefined (an element read past an array's end, an unset field) is the
// number 0 to Porffor's arithmetic: `u * 2` was 0 and `u < 1` true, where
// JavaScript gives NaN and false. An operand whose type is not known at compile
// time enters arithmetic and comparisons as NaN when it is undefined.

// And `u == 0` with `u` undefined whose type was not known at compile time (a
// typed-array read past its end, declared number) compared the values alone:
// true. Where an operand is undefined at run time, == is now true only for
// undefined, or null (an object whose value is 0), on the other side.

export default {
  id: 'binary-operand-types',
  why: 'binary operators keep each operand\'s type and value when operands nest',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  const knownLeft = knownTypeWithGuess(scope, leftType);
  const knownRight = knownTypeWithGuess(scope, rightType);

  const eqOp =`,
      replace: `  const knownLeft = knownTypeWithGuess(scope, leftType);
  const knownRight = knownTypeWithGuess(scope, rightType);

  // helix-sdk: undefined enters arithmetic and relational operators as NaN (when its type is not known)
  const numericOp = !['==', '===', '!=', '!==', '&&', '||', '??'].includes(op) && hxProgramCode();
  const undefinedAsNaN = (value, type, known) => !numericOp || known != null ? value : [
    number(NaN),
    ...value,
    ...type,
    [ Opcodes.i32_eqz ],
    [ Opcodes.select ]
  ];

  // helix-sdk: save the left operand's type before the right operand can overwrite it
  if (knownTypeWithGuess(scope, leftType) == null && knownType(scope, leftType) == null) {
    const leftTypeTmp = localTmp(scope, '#op_left_type' + uniqId(), Valtype.i32);
    const guess = leftType.guess;
    left = [ ...left, ...leftType, [ Opcodes.local_set, leftTypeTmp ] ];
    leftType = [ [ Opcodes.local_get, leftTypeTmp ] ];
    if (guess) leftType.guess = guess;
  }

  const eqOp =`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  if (op === '+' && (knownLeft == null && knownRight == null)) {
    tmpLeft = localTmp(scope, '__tmpop_left');
    tmpRight = localTmp(scope, '__tmpop_right');`,
      replace: `  if (op === '+' && (!hxProgramCode() ? knownLeft == null && knownRight == null : knownLeft == null || knownRight == null)) { // helix-sdk: in programs, either unknown (was: both)
    tmpLeft = localTmp(scope, '__tmpop_left' + uniqId());
    tmpRight = localTmp(scope, '__tmpop_right' + uniqId());`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  if ((op === '===' || op === '==' || op === '!==' || op === '!=') && (knownLeft == null && knownRight == null)) {
    tmpLeft = localTmp(scope, '__tmpop_left');
    tmpRight = localTmp(scope, '__tmpop_right');`,
      replace: `  if ((op === '===' || op === '==' || op === '!==' || op === '!=') && (knownLeft == null && knownRight == null)) {
    tmpLeft = localTmp(scope, '__tmpop_left' + uniqId());
    tmpRight = localTmp(scope, '__tmpop_right' + uniqId());`,
    },
    {
      // the type of a + b: a number only when both types are known and neither is a string
      file: 'compiler/codegen.js',
      find: `      if ((knownLeft != null || knownRight != null) && !(`,
      replace: `      if ((!hxProgramCode() ? knownLeft != null || knownRight != null : knownLeft != null && knownRight != null) && !( // helix-sdk: in programs, both known (was: either)`,
    },
    {
      // % and ** are functions Porffor calls: their operands too
      file: 'compiler/codegen.js',
      find: `  if (typeof ops === 'function') return finalize(asmFuncToAsm(scope, ops, { left, right }));`,
      replace: `  if (typeof ops === 'function') return finalize(asmFuncToAsm(scope, ops, {
    left: undefinedAsNaN(left, leftType, knownLeft), right: undefinedAsNaN(right, rightType, knownRight)
  }));`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  return finalize([
    ...left,
    ...(tmpLeft != null ? [ [ Opcodes.local_tee, tmpLeft ] ] : []),
    ...right,
    ...(tmpRight != null ? [ [ Opcodes.local_tee, tmpRight ] ] : []),
    ...ops`,
      replace: `  return finalize([
    ...undefinedAsNaN(left, leftType, knownLeft),
    ...(tmpLeft != null ? [ [ Opcodes.local_tee, tmpLeft ] ] : []),
    ...undefinedAsNaN(right, rightType, knownRight),
    ...(tmpRight != null ? [ [ Opcodes.local_tee, tmpRight ] ] : []),
    ...ops`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  // todo: if equality op and an operand is undefined, return false
  // todo: niche null hell with 0
`,
      replace: `  // helix-sdk: loose (in)equality with an operand that is undefined at run time (see binary-operand-types.js)
  if ((op === '==' || op === '!=') && hxProgramCode() && (knownLeft == null || knownRight == null) &&
      knownLeft !== TYPES.string && knownLeft !== TYPES.bytestring && knownRight !== TYPES.string && knownRight !== TYPES.bytestring) {
    const result = localTmp(scope, '#loose_eq' + uniqId(), Valtype.i32);
    const isType = (type, t) => [ ...type, number(t, Valtype.i32), [ Opcodes.i32_eq ] ];
    const ne = op === '!=' ? [ [ Opcodes.i32_eqz ] ] : [];
    endOut.push(
      [ Opcodes.local_set, result ],
      ...isType(leftType, TYPES.undefined), ...isType(rightType, TYPES.undefined), [ Opcodes.i32_or ],
      [ Opcodes.if, Valtype.i32 ],
        // equal: the same type (undefined and undefined), or undefined and null (both values 0, one an object)
        ...leftType, ...rightType, [ Opcodes.i32_eq ],
        [ Opcodes.local_get, result ], ...ne,
        ...isType(leftType, TYPES.object), ...isType(rightType, TYPES.object), [ Opcodes.i32_or ],
        [ Opcodes.i32_and ],
        [ Opcodes.i32_or ],
        ...ne,
      [ Opcodes.else ],
        [ Opcodes.local_get, result ],
      [ Opcodes.end ]
    );
  }
`,
    },
  ],
};
