// String to number, and toString(radix). Porffor parsed decimals in double
// arithmetic, a digit at a time (+"14.64", Number("0.86"), parseFloat("20.2")
// came out a bit off, long fractions wrong entirely), added hex/octal/binary
// digits past 2^53 unrounded, and parseInt did the same. Every conversion of a
// string to a number (StringToNumber: unary +, Number(), implicit ToNumber,
// JSON; parseFloat; parseInt) now hands the string's UTF-16 code units, one at
// a time, to the kernel's parser (sdk/kernel/numfmt.c: correctly rounded,
// bounded memory), which gives V8's results, white space and all.
//
// Number.prototype.toString(radix) for radix != 10 wrote its digits into a
// static empty string literal (corrupting the static data after it, so
// (65535).toString(2) followed by {...obj} crashed) and its digits differed
// from V8's for fractions and above 2^53. It now formats in C with V8's
// algorithm, as radix 10 does (porffor-patches/number-format.js, whose line it
// extends: this patch comes after it in the list).

// Porffor's precompiler compiles each builtins file on its own and sees other files' functions only by the
// names it already knew, so the new helper and all three of its callers live in number.ts.
const PARSE_FUNCTIONS = `
// helix-sdk: string -> number in the kernel (codegen/porffor-patches/number-parse.js, sdk/kernel/numfmt.c):
// the string's code units are fed one at a time; kind 0 StringToNumber, 1 parseFloat, 2 parseInt
export const __Porffor_hxParse = (str: any, kind: i32, radix: number): f64 => {
  __hx_parse_begin(kind, radix);
  const ptr: i32 = Porffor.wasm\`local.get \${str}\`;
  const len: i32 = Porffor.wasm.i32.load(ptr, 0, 0);
  if (Porffor.type(str) == Porffor.TYPES.bytestring) {
    for (let i: i32 = 0; i < len; i++) {
      if (__hx_parse_unit(Porffor.wasm.i32.load8_u(ptr + i, 0, 4)) == 0) break;
    }
  } else {
    for (let i: i32 = 0; i < len; i++) {
      if (__hx_parse_unit(Porffor.wasm.i32.load16_u(ptr + i * 2, 0, 4)) == 0) break;
    }
  }
  return __hx_parse_end();
};

// 7.1.4.1.1 StringToNumber (str)
// https://tc39.es/ecma262/#sec-stringtonumber
export const __ecma262_StringToNumber = (str: unknown): number => __Porffor_hxParse(str, 0, 0);

export const parseInt = (input: any, radix: any): f64 => {
  input = ecma262.ToString(input);
  // the kernel applies ToInt32 to the radix
  return __Porffor_hxParse(input, 2, ecma262.ToNumber(radix));
};

export const __Number_parseInt = (input: any, radix: any): f64 => parseInt(input, radix);

export const parseFloat = (input: any): f64 => __Porffor_hxParse(ecma262.ToString(input), 1, 0);

export const __Number_parseFloat = (input: any): f64 => parseFloat(input);

// helix-sdk: a < b (and <=, >, >=) when the operands are not both numbers (codegen.js, number-parse.js):
// -1, 0 or 1, or NaN when unordered. Two strings compare by code units, anything else as numbers.
export const __Porffor_hxCompare = (a: any, b: any): f64 => {
  if (Porffor.fastOr(Porffor.type(a) == Porffor.TYPES.string, Porffor.type(a) == Porffor.TYPES.bytestring)) {
    if (Porffor.fastOr(Porffor.type(b) == Porffor.TYPES.string, Porffor.type(b) == Porffor.TYPES.bytestring)) {
      const la: i32 = a.length;
      const lb: i32 = b.length;
      const n: i32 = la < lb ? la : lb;
      for (let i: i32 = 0; i < n; i++) {
        const x: i32 = a.charCodeAt(i);
        const y: i32 = b.charCodeAt(i);
        if (x != y) return x < y ? -1 : 1;
      }
      if (la == lb) return 0;
      return la < lb ? -1 : 1;
    }
  }
  const x: number = ecma262.ToNumber(a);
  const y: number = ecma262.ToNumber(b);
  if (x < y) return -1;
  if (x > y) return 1;
  if (x == y) return 0;
  return NaN;
};
`;

// Arithmetic, bitwise and relational operators used an operand's value as a number whatever its type: a
// string operand known at compile time gave NaN ("5" * 2) or compared its address ("1e3" < x). An operand
// whose type is known and not number now goes through ToNumber, and a relational operator with such an
// operand compares as JavaScript does (two strings by code units, anything else as numbers); x++ and x-- on
// such a local convert it too.
// Operands whose type is known only at run time are left as numbers, as TypeScript's checker has them unless
// a program uses `any`: a test on every such operand cost 2-5 % of code size (Wasm) on every program.
// Builtins are left as they are: they handle their own types.
const OPERATOR_TO_NUMBER = `
// helix-sdk: ToNumber for operands of numeric operators (codegen/porffor-patches/number-parse.js)
const hxNumericOps = [ '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>' ];
const hxRelationalOps = { '<': Opcodes.f64_lt, '<=': Opcodes.f64_le, '>': Opcodes.f64_gt, '>=': Opcodes.f64_ge };
// operands whose value is not already the number: a string, an object (or null), a symbol
const hxNeedsToNumber = known => known != null && ![ TYPES.number, TYPES.boolean, TYPES.undefined, TYPES.bigint ].includes(known);
// an operand as a number, or null when its value already is one (or its type is known only at run time)
const hxNumberOperand = (scope, value, type) => {
  const known = knownType(scope, type);
  if (known === TYPES.undefined) return [ ...value, [ Opcodes.drop ], number(NaN) ];
  if (!hxNeedsToNumber(known)) return null;
  return [ ...value, ...type, [ Opcodes.call, includeBuiltin(scope, '__ecma262_ToNumber').index ] ];
};
// x++ and x-- on a local: the fast path adds to the value and keeps the type, right only for numbers
// (and a local whose type is known only at run time: undefined, declared number, counts down to NaN, not -1)
const hxUpdateNeedsToNumber = (scope, type) => {
  const known = knownType(scope, type);
  return known !== TYPES.number && known !== TYPES.bigint;
};
const hxOperands = (scope, op, left, right, leftType, rightType) => {
  if (globalThis.precompile || valtypeBinary !== Valtype.f64) return null;
  const numeric = hxNumericOps.includes(op);
  if (!numeric && !Object.hasOwn(hxRelationalOps, op)) return null;
  const kl = knownType(scope, leftType), kr = knownType(scope, rightType);
  if (kl === TYPES.bigint || kr === TYPES.bigint) return null;
  if (!numeric && (hxNeedsToNumber(kl) || hxNeedsToNumber(kr))) {
    // strings compare by code units: the whole comparison at run time
    return [
      ...left, ...leftType, ...right, ...rightType,
      [ Opcodes.call, includeBuiltin(scope, '__Porffor_hxCompare').index ],
      number(0), [ hxRelationalOps[op] ]
    ];
  }
  const l = hxNumberOperand(scope, left, leftType), r = hxNumberOperand(scope, right, rightType);
  if (!l && !r) return null;
  const numberType = [ number(TYPES.number, Valtype.i32) ];
  return performOp(scope, op, l ?? left, r ?? right, l ? numberType : leftType, r ? numberType : rightType);
};

const performOp = (scope, op, left, right, leftType, rightType) => {
  if (op === '||' || op === '&&' || op === '??') {
    return performLogicOp(scope, op, left, right, leftType, rightType);
  }

  const hxConverted = hxOperands(scope, op, left, right, leftType, rightType);
  if (hxConverted) return hxConverted;
`;

export default {
  id: 'number-parse',
  why: 'strings convert to numbers exactly as in V8 (StringToNumber, parseFloat, parseInt, operands of numeric operators); toString(radix) prints V8\'s digits',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/stringtonumber.ts',
      find: `// 7.1.4.1.1 StringToNumber (str)
// https://tc39.es/ecma262/#sec-stringtonumber
export const __ecma262_StringToNumber = (str: unknown): number => {`,
      toEnd: true,
      replace: `// helix-sdk: __ecma262_StringToNumber is in number.ts, with parseFloat and parseInt
// (codegen/porffor-patches/number-parse.js)
`,
    },
    {
      file: 'compiler/builtins/number.ts',
      find: `
export const parseInt = (input: any, radix: any): f64 => {`,
      toEnd: true,
      replace: PARSE_FUNCTIONS,
    },
    {
      file: 'compiler/codegen.js',
      find: `
const performOp = (scope, op, left, right, leftType, rightType) => {
  if (op === '||' || op === '&&' || op === '??') {
    return performLogicOp(scope, op, left, right, leftType, rightType);
  }
`,
      replace: OPERATOR_TO_NUMBER,
    },
    {
      // x++ on a local added 1 to a string's address; a local known not to hold a number takes the general path
      file: 'compiler/codegen.js',
      find: `  const [ local, isGlobal ] = lookupName(scope, name);
  if (local != null) {
    // fast path: just a local`,
      replace: `  const [ local, isGlobal ] = lookupName(scope, name);
  // helix-sdk: only for a local not known to hold something other than a number (porffor-patches/number-parse.js)
  if (local != null && (globalThis.precompile || !hxUpdateNeedsToNumber(scope, getType(scope, name)))) {
    // fast path: just a local`,
    },
    {
      // the radix-10 line is number-format.js's
      file: 'compiler/builtins/number.ts',
      find: `  if (radix == 10) return __Porffor_hxFormatted(__hx_fmt_number(_this) | 0);
`,
      replace: `  if (radix == 10) return __Porffor_hxFormatted(__hx_fmt_number(_this) | 0);
  // helix-sdk: other radixes with V8's digits (sdk/kernel/numfmt.c)
  return __Porffor_hxFormatted(__hx_fmt_radix(_this, radix) | 0);
`,
    },
  ],
};
