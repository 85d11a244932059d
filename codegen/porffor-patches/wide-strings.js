// Strings with characters above U+00FF. Porffor keeps strings as byte strings
// (Latin-1) when it can, and its static types claimed one where it only guessed:
// every template literal with substitutions was typed a byte string, and so was
// `a + b` when either side was one, so `${"温度"}` and "[" + s + "]" (s not
// known to be Latin-1) were read as bytes: the low byte of each character. A
// template's type is now what its concatenation produced at run time (a template
// without substitutions is its literal's), and `a + b` is a byte string only when
// both sides are known to be (a guess still tells a concatenation from a sum).

export default {
  id: 'wide-strings',
  why: 'template literals and concatenations keep characters above U+00FF',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `      if (knownLeft === TYPES.bytestring && knownRight === TYPES.bytestring) return TYPES.bytestring;

      // guess bytestring, could really be bytestring or string`,
      replace: `      // helix-sdk: known, not guessed
      if (knownType(scope, leftType) === TYPES.bytestring && knownType(scope, rightType) === TYPES.bytestring) return TYPES.bytestring;

      // guess bytestring, could really be bytestring or string`,
    },
    {
      file: 'compiler/codegen.js',
      find: `    if (node.type === 'TemplateLiteral') {
      // could be normal string but shrug
      return TYPES.bytestring;
    }`,
      replace: `    if (node.type === 'TemplateLiteral') {
      // helix-sdk: a template is typed by what its concatenation produced (a literal one, by its text)
      if (node.expressions.length === 0) return getNodeType(scope, { type: 'Literal', value: node.quasis[0].value.cooked });
      return getLastType(scope);
    }`,
    },
  ],
};
