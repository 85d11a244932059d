// toUpperCase and toLowerCase only mapped a-z and A-Z ("Grüße" became "GRüßE";
// Node gives "GRÜSSE"). ASCII text keeps a fast one-byte path; anything else is
// mapped code point by code point with the kernel's Unicode tables
// (sdk/kernel/casemap.c, generated from Node's ICU by scripts/gen-casemap.js),
// including mappings to several characters ("ß" -> "SS") and the final sigma.

const START = 'export const __String_prototype_toUpperCase = (_this: string) => {';
const END_MARKER = `    if (chr >= 65) if (chr <= 90) chr += 32;

    Porffor.wasm.i32.store8(j++, chr, 0, 4);
  }

  return out;
};
`;

const REPLACEMENT = `// helix-sdk: full Unicode case mapping (codegen/porffor-patches/case-map.js)
export const __String_prototype_toUpperCase = (_this: string) => __Porffor_hx_caseMap(_this, 1);
export const __ByteString_prototype_toUpperCase = (_this: bytestring) => __Porffor_hx_caseMap(_this, 1);
export const __String_prototype_toLowerCase = (_this: string) => __Porffor_hx_caseMap(_this, 0);
export const __ByteString_prototype_toLowerCase = (_this: bytestring) => __Porffor_hx_caseMap(_this, 0);

// The kernel's tables take and return doubles; this file is compiled with i32 values.
export const __Porffor_hx_caseOf = (cp: i32, upper: i32): i32 => {
  let m: i32 = 0;
  Porffor.wasm\`local.get \${cp}
f64.convert_i32_s
local.get \${upper}
f64.convert_i32_s
call __hx_case_map
i32.trunc_sat_f64_s
local.set \${m}\`;
  return m;
};

export const __Porffor_hx_caseSpecial = (upper: i32, id: i32, k: i32): i32 => {
  let c: i32 = 0;
  Porffor.wasm\`local.get \${upper}
f64.convert_i32_s
local.get \${id}
f64.convert_i32_s
local.get \${k}
f64.convert_i32_s
call __hx_case_special
i32.trunc_sat_f64_s
local.set \${c}\`;
  return c;
};

export const __Porffor_hx_caseCased = (cp: i32): boolean => {
  return __Porffor_hx_caseOf(cp, 1) != cp || __Porffor_hx_caseOf(cp, 0) != cp;
};

export const __Porffor_hx_caseIgnorable = (cp: i32): boolean => {
  if (cp == 39 || cp == 46 || cp == 58 || cp == 0xB7 || cp == 0x2019) return true;
  return cp >= 0x300 && cp <= 0x36F;
};

// Σ lowercases to ς at the end of a word: after a cased letter and not before one.
export const __Porffor_hx_finalSigma = (s: any, at: i32, len: i32): boolean => {
  let k: i32 = at - 1;
  while (k >= 0 && __Porffor_hx_caseIgnorable(s.charCodeAt(k))) k--;
  if (k < 0) return false;
  if (!__Porffor_hx_caseCased(s.charCodeAt(k))) return false;
  k = at + 1;
  while (k < len && __Porffor_hx_caseIgnorable(s.charCodeAt(k))) k++;
  if (k >= len) return true;
  return !__Porffor_hx_caseCased(s.charCodeAt(k));
};

export const __Porffor_hx_putCodePoint = (base: i32, n: i32, cp: i32): i32 => {
  if (cp >= 0x10000) {
    const v: i32 = cp - 0x10000;
    Porffor.wasm.i32.store16(base + n * 2, 0xD800 + (v >> 10), 0, 4);
    Porffor.wasm.i32.store16(base + n * 2 + 2, 0xDC00 + (v & 0x3FF), 0, 4);
    return n + 2;
  }
  Porffor.wasm.i32.store16(base + n * 2, cp, 0, 4);
  return n + 1;
};

export const __Porffor_hx_caseMap = (s: any, upper: i32): any => {
  const len: i32 = s.length;
  let ascii: boolean = true;
  for (let k: i32 = 0; k < len; k++) {
    if (s.charCodeAt(k) > 127) {
      ascii = false;
      break;
    }
  }

  if (ascii) {
    const small: bytestring = Porffor.malloc(6 + len);
    Porffor.wasm.i32.store(small, len, 0, 0);
    const smallBase: i32 = Porffor.wasm\`local.get \${small}\`;
    for (let k: i32 = 0; k < len; k++) {
      let c: i32 = s.charCodeAt(k);
      if (upper) {
        if (c >= 97) if (c <= 122) c -= 32;
      } else {
        if (c >= 65) if (c <= 90) c += 32;
      }
      Porffor.wasm.i32.store8(smallBase + k, c, 0, 4);
    }
    return small;
  }

  // one code unit maps to at most three
  const out: string = Porffor.malloc(8 + len * 6);
  const base: i32 = Porffor.wasm\`local.get \${out}\`;
  let n: i32 = 0;
  for (let k: i32 = 0; k < len; k++) {
    let cp: i32 = s.charCodeAt(k);
    if (cp >= 0xD800 && cp <= 0xDBFF && k + 1 < len) {
      const lo: i32 = s.charCodeAt(k + 1);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        k++;
      }
    }
    let m: i32 = __Porffor_hx_caseOf(cp, upper);
    if (!upper && cp == 0x3A3) {
      if (__Porffor_hx_finalSigma(s, k, len)) m = 0x3C2;
    }
    if (m >= 0) {
      n = __Porffor_hx_putCodePoint(base, n, m);
    } else {
      for (let t: i32 = 0; t < 3; t++) {
        const c: i32 = __Porffor_hx_caseSpecial(upper, m, t);
        if (c < 0) break;
        n = __Porffor_hx_putCodePoint(base, n, c);
      }
    }
  }
  out.length = n;
  return out;
};
`;

export default {
  id: 'case-map',
  why: 'toUpperCase and toLowerCase map every Unicode letter as Node does',
  precompile: true,
  edits: [
    { file: 'compiler/builtins/string.ts', find: START, toEndMarker: END_MARKER, replace: REPLACEMENT },
  ],
};
