// Number to string. Porffor's Number.prototype.toString printed 15 significant
// digits (0.1 + 0.2 -> "0.3") and broke on large values; toFixed rounded in
// doubles ((2.5).toFixed(0) -> "2"), toPrecision did not exist. These now format
// in C (sdk/kernel/numfmt.c: exact, shortest round-trip, ties as ECMAScript
// says) through host imports, and copy the text into a Porffor string.
// The RangeErrors of toFixed and toExponential carry V8's messages.

const FORMAT_HELPER = `
// helix-sdk: copy the text the host formatted (sdk/kernel/numfmt.c) into a new string
export const __Porffor_hxFormatted = (len: i32): bytestring => {
  let out: bytestring = Porffor.malloc(len + 8);
  const p: i32 = Porffor.wasm\`local.get \${out}\`;
  for (let i: i32 = 0; i < len; i++) Porffor.wasm.i32.store8(p + i, __hx_fmt_char(i) | 0, 0, 4);
  out.length = len;
  return out;
};

export const __Number_prototype_toString = (_this: number, radix: number|any) => {`;

export default {
  id: 'number-format',
  why: 'numbers print exactly as JavaScript prints them (toString, toFixed, toExponential, toPrecision)',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/number.ts',
      find: `
export const __Number_prototype_toString = (_this: number, radix: number|any) => {`,
      replace: FORMAT_HELPER,
    },
    {
      file: 'compiler/builtins/number.ts',
      find: `  radix = Math.trunc(radix);
  if (radix < 2 || radix > 36) {
    throw new RangeError('toString() radix argument must be between 2 and 36');
  }
`,
      replace: `  radix = Math.trunc(radix);
  if (radix < 2 || radix > 36) {
    throw new RangeError('toString() radix argument must be between 2 and 36');
  }
  if (radix == 10) return __Porffor_hxFormatted(__hx_fmt_number(_this) | 0);
`,
    },
    {
      file: 'compiler/builtins/number.ts',
      find: `    throw new RangeError('toFixed() fractionDigits argument must be between 0 and 100');
  }
`,
      replace: `    throw new RangeError('toFixed() digits argument must be between 0 and 100');
  }
  return __Porffor_hxFormatted(__hx_fmt_fixed(_this, fractionDigits) | 0);
`,
    },
    {
      file: 'compiler/builtins/number.ts',
      find: `    fractionDigits = Math.trunc(fractionDigits);
    if (fractionDigits < 0 || fractionDigits > 100) {
      throw new RangeError('toExponential() fractionDigits argument must be between 0 and 100');
    }
  }
`,
      replace: `    fractionDigits = Math.trunc(fractionDigits);
    if (fractionDigits < 0 || fractionDigits > 100) {
      throw new RangeError('toExponential() argument must be between 0 and 100');
    }
  }
  return __Porffor_hxFormatted(__hx_fmt_exponential(_this, Porffor.type(fractionDigits) == Porffor.TYPES.number ? fractionDigits : -1) | 0);
`,
    },
    {
      file: 'compiler/builtins/number.ts',
      find: `export const __Number_prototype_toLocaleString = (_this: number) => __Number_prototype_toString(_this, 10);`,
      replace: `export const __Number_prototype_toLocaleString = (_this: number) => __Number_prototype_toString(_this, 10);

// helix-sdk: Number.prototype.toPrecision
export const __Number_prototype_toPrecision = (_this: number, precision: number|any) => {
  if (Porffor.type(precision) != Porffor.TYPES.number) return __Number_prototype_toString(_this, 10);
  precision = Math.trunc(precision);
  if (Number.isFinite(_this)) {
    if (precision < 1 || precision > 100) {
      throw new RangeError('toPrecision() argument must be between 1 and 100');
    }
  }
  return __Porffor_hxFormatted(__hx_fmt_precision(_this, precision) | 0);
};`,
    },
  ],
};
