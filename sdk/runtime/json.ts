/**
 * JSON.stringify and JSON.parse as Node 20 (V8 11.3) does them; codegen/transforms/json.js rewrites calls of the
 * global JSON to __hx_json_stringify and __hx_json_parse.
 *
 * Porffor's own JSON.stringify writes into a fixed 4 KiB one-byte buffer (characters above U+00FF come out as
 * garbage, a large value overflows it) and recurses into a circular structure until the stack overflows.
 *
 * Written for what Porffor compiles: no closures, no `finally`, no `<` on strings, no Reflect; no String(x), push
 * or new Array(n) either (each call of a builtin with a rest parameter takes a 2 KiB page of static data), and no
 * named property read of an array (see prepare). Memory is never freed on the device: the output is collected a
 * code unit at a time and made into strings 256 units at a time (see `emitUnit`), and objects are walked with
 * for...in, which makes no array of keys, unless V8's order (integer-like keys first) or a Porffor bug with
 * non-Latin-1 keys needs Object.keys.
 *
 * Every top-level name is prefixed __hx_json_ (comments use the names without it): Porffor took a program's
 * `uart.write(...)` for a top-level function `write` of the bundle, and runtime names must not meet the program's.
 *
 * Known differences from Node: replacer and reviver functions are called with `this` undefined (V8 passes the
 * holder object), Porffor having no way to call a function with a given `this`; a reviver that returns undefined
 * for an array element leaves undefined there instead of a hole.
 */

// ---------------------------------------------------------------------------------------------------------------
// Output. Code units are collected in `units` (one array, reused by every call) and made into a string 256 at a
// time by String.fromCharCode, which makes a one-byte string when every unit allows it (so keys and values are in
// the representation Porffor hashes object keys by, see pNormalize) and a UTF-16 one otherwise. The result is
// the chunks joined: by Porffor's join when they are all one-byte (it appends in place: about 2 bytes a character,
// but it takes 2 KiB at least and turns quadratic once a part is UTF-16), otherwise by concatenating neighbours
// pairwise (n log n). `out += piece` would cost O(n^2): memory is never freed.
//
// Re-entrant: each user (JSON.stringify, JSON.parse, and a nested call of either from a toJSON method, a replacer
// or a reviver) takes a base with ropeStart() and finishes only its own chunks with ropeFinish(base).

let __hx_json_units: number[] = [];
let __hx_json_unitCount = 0;
let __hx_json_unitsWide = false; // a unit above 0xFF is waiting in `units`
const __hx_json_CHUNK = 256;

let __hx_json_ropeParts: string[] = [];
let __hx_json_ropeTop = 0;
let __hx_json_ropeWide = false; // some chunk is UTF-16 (cleared when the output is empty again)

function __hx_json_emitUnit(c: number): void {
  __hx_json_units[__hx_json_unitCount] = c;
  __hx_json_unitCount++;
  if (c > 255) __hx_json_unitsWide = true;
  if (__hx_json_unitCount === __hx_json_CHUNK) __hx_json_flushUnits();
}

function __hx_json_emit(s: string): void {
  const n = s.length;
  for (let i = 0; i < n; i++) __hx_json_emitUnit(s.charCodeAt(i));
}

function __hx_json_flushUnits(): void {
  if (__hx_json_unitCount === 0) return;
  __hx_json_units.length = __hx_json_unitCount;
  __hx_json_unitCount = 0;
  if (__hx_json_unitsWide) __hx_json_ropeWide = true;
  __hx_json_unitsWide = false;
  __hx_json_ropeParts[__hx_json_ropeTop] = String.fromCharCode(...__hx_json_units);
  __hx_json_ropeTop++;
}

/** A base for a new user of the output (what is pending belongs to the one before). */
function __hx_json_ropeStart(): number {
  __hx_json_flushUnits();
  return __hx_json_ropeTop;
}

/** Everything emitted since `base`, as one string; the output returns to `base`. */
function __hx_json_ropeFinish(base: number): string {
  __hx_json_flushUnits();
  const n = __hx_json_ropeTop - base;
  let s = '';
  if (n === 1) {
    s = __hx_json_ropeParts[base];
  } else if (n > 1 && base === 0 && !__hx_json_ropeWide && n >= 8) {
    __hx_json_ropeParts.length = __hx_json_ropeTop;
    s = __hx_json_ropeParts.join('');
  } else if (n > 1) {
    for (let width = 1; width < n; width *= 2) {
      for (let i = base; i + width < __hx_json_ropeTop; i += 2 * width) {
        __hx_json_ropeParts[i] = __hx_json_ropeParts[i] + __hx_json_ropeParts[i + width];
      }
    }
    s = __hx_json_ropeParts[base];
  }
  __hx_json_ropeAbandon(base);
  return s;
}

/** Drop what was emitted since `base` (also after an exception). */
function __hx_json_ropeAbandon(base: number): void {
  __hx_json_unitCount = 0;
  __hx_json_unitsWide = false;
  __hx_json_ropeTop = base;
  if (base === 0) __hx_json_ropeWide = false;
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

/** An array index as V8 orders it: a canonical decimal integer below 2^32 - 1. */
function __hx_json_isIndexKey(k: string): boolean {
  const n = k.length;
  if (n === 0 || n > 10) return false;
  const c0 = k.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return false;
  if (c0 === 48) return n === 1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    v = v * 10 + (c - 48);
  }
  return v < 4294967295;
}

function __hx_json_compareIndexKeys(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** Own enumerable string keys in V8's order: array indices ascending, then the others in insertion order. */
function __hx_json_ownKeys(obj: any): string[] {
  const keys: string[] = Object.keys(obj);
  let indices = 0;
  for (let i = 0; i < keys.length; i++) {
    if (__hx_json_isIndexKey(keys[i])) indices++;
  }
  if (indices === 0) return keys;
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (__hx_json_isIndexKey(keys[i])) out[out.length] = keys[i];
  }
  if (indices > 1) out.sort(__hx_json_compareIndexKeys);
  for (let i = 0; i < keys.length; i++) {
    if (!__hx_json_isIndexKey(keys[i])) out[out.length] = keys[i];
  }
  return out;
}

/**
 * Must obj's keys be listed by ownKeys, or can for...in walk them in place? for...in lists keys in insertion
 * order, where V8 puts array indices first, and Porffor's for...in types a key with characters above U+00FF as a
 * symbol (Object.keys has it right).
 */
function __hx_json_needsKeyList(obj: any): boolean {
  for (const k in obj) {
    if (typeof k !== 'string' || __hx_json_isIndexKey(k)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON.stringify

let __hx_json_sReplacer: any = undefined; // a replacer function, or undefined
let __hx_json_sPropertyList: any = undefined; // the keys of a replacer array, or undefined
let __hx_json_sGap = '';
let __hx_json_sStack: any[] = []; // the objects and arrays being serialized, outermost first
let __hx_json_sStackKeys: any[] = []; // the key each was reached by: a number for an array element, a string otherwise
let __hx_json_sDepth = 0;
let __hx_json_sBase = 0; // where the current call's entries of sStack start
let __hx_json_sFirst = false; // no member written yet in the object being written

/** A line break and `level` gaps. */
function __hx_json_indent(level: number): void {
  __hx_json_emitUnit(10);
  for (let i = 0; i < level; i++) __hx_json_emit(__hx_json_sGap);
}

/** A lower-case hexadecimal digit. */
function __hx_json_hexDigit(v: number): number {
  return v < 10 ? 48 + v : 87 + v;
}

/** The escape of a code unit QuoteJSONString escapes. */
function __hx_json_emitEscape(c: number): void {
  __hx_json_emitUnit(92);
  if (c === 34 || c === 92) __hx_json_emitUnit(c);
  else if (c === 8) __hx_json_emitUnit(98);
  else if (c === 9) __hx_json_emitUnit(116);
  else if (c === 10) __hx_json_emitUnit(110);
  else if (c === 12) __hx_json_emitUnit(102);
  else if (c === 13) __hx_json_emitUnit(114);
  else {
    __hx_json_emitUnit(117);
    __hx_json_emitUnit(__hx_json_hexDigit((c >> 12) & 15));
    __hx_json_emitUnit(__hx_json_hexDigit((c >> 8) & 15));
    __hx_json_emitUnit(__hx_json_hexDigit((c >> 4) & 15));
    __hx_json_emitUnit(__hx_json_hexDigit(c & 15));
  }
}

/** QuoteJSONString, well-formed: lone surrogates as \udxxx. */
function __hx_json_quote(s: string): void {
  const len = s.length;
  __hx_json_emitUnit(34);
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92 && (c < 0xd800 || c > 0xdfff)) {
      __hx_json_emitUnit(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        __hx_json_emitUnit(c);
        __hx_json_emitUnit(d);
        i++;
        continue;
      }
    }
    __hx_json_emitEscape(c);
  }
  __hx_json_emitUnit(34);
}

function __hx_json_keyString(key: any): string {
  return typeof key === 'number' ? '' + key : key;
}

/** What holder[key] serializes as, after toJSON and the replacer (SerializeJSONProperty, steps 1-3). */
function __hx_json_prepare(key: any, value: any): any {
  // (not asked of arrays and typed arrays: Porffor reads a named property of one through an object copy of all
  // its elements, made on the spot, which stops the program once it has more than 28 of them)
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)) {
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function') value = value.toJSON(__hx_json_keyString(key));
    else if (value instanceof Date) value = __hx_json_dateToJSON(value);
  }
  if (__hx_json_sReplacer !== undefined) {
    const replacer = __hx_json_sReplacer;
    value = replacer(__hx_json_keyString(key), value);
  }
  return value;
}

/** Date.prototype.toJSON (Porffor's Date has no toJSON). */
function __hx_json_dateToJSON(d: any): any {
  const t = d.getTime();
  if (t !== t || t === Infinity || t === -Infinity) return null;
  return d.toISOString();
}

/** Is a prepared value written (not undefined, a function or a symbol)? */
function __hx_json_isWritten(value: any): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Writes a prepared value that isWritten. */
function __hx_json_write(value: any, key: any): void {
  if (value === null) {
    __hx_json_emit('null');
    return;
  }
  if (typeof value === 'object') {
    if (value instanceof Number) value = Number(value);
    else if (value instanceof String) value = '' + value;
    else if (value instanceof Boolean) value = value.valueOf();
  }
  if (typeof value === 'string') __hx_json_quote(value);
  else if (typeof value === 'number') __hx_json_emitNumber(value);
  else if (typeof value === 'boolean') __hx_json_emit(value ? 'true' : 'false');
  else if (Array.isArray(value)) __hx_json_writeArray(value, key);
  else __hx_json_writeObject(value, key);
}

let __hx_json_digits: number[] = [];

/** A number as String(n) writes it (null when not finite); safe integers digit by digit, without a string. */
function __hx_json_emitNumber(v: number): void {
  if (v !== v || v === Infinity || v === -Infinity) {
    __hx_json_emit('null');
    return;
  }
  if (v !== Math.floor(v) || v > 9007199254740991 || v < -9007199254740991) {
    __hx_json_emit('' + v);
    return;
  }
  if (v < 0) {
    __hx_json_emitUnit(45);
    v = -v;
  }
  let n = 0;
  do {
    const d = v % 10;
    __hx_json_digits[n] = d;
    n++;
    v = (v - d) / 10;
  } while (v > 0);
  while (n > 0) {
    n--;
    __hx_json_emitUnit(48 + __hx_json_digits[n]);
  }
}

function __hx_json_enter(value: any, key: any): void {
  for (let i = __hx_json_sBase; i < __hx_json_sDepth; i++) {
    if (__hx_json_sStack[i] === value) throw new TypeError(__hx_json_circularMessage(i, key));
  }
  __hx_json_sStack[__hx_json_sDepth] = value;
  __hx_json_sStackKeys[__hx_json_sDepth] = key;
  __hx_json_sDepth++;
}

function __hx_json_writeArray(value: any, key: any): void {
  __hx_json_enter(value, key);
  const level = __hx_json_sDepth - __hx_json_sBase;
  const len = value.length;
  if (len === 0) {
    __hx_json_emit('[]');
  } else {
    __hx_json_emit('[');
    for (let i = 0; i < len; i++) {
      if (i > 0) __hx_json_emit(',');
      if (__hx_json_sGap !== '') __hx_json_indent(level);
      const v = __hx_json_prepare(i, value[i]);
      if (__hx_json_isWritten(v)) __hx_json_write(v, i);
      else __hx_json_emit('null');
    }
    if (__hx_json_sGap !== '') __hx_json_indent(level - 1);
    __hx_json_emit(']');
  }
  __hx_json_sDepth--;
}

/** One member of an object, unless its value is not written. */
function __hx_json_writeMember(k: string, value: any, level: number): void {
  // Porffor keeps a private field #x as an own property "__#x"; V8 never writes private fields
  if (k.charCodeAt(0) === 95 && k.charCodeAt(1) === 95 && k.charCodeAt(2) === 35) return;
  const v = __hx_json_prepare(k, value);
  if (!__hx_json_isWritten(v)) return;
  if (__hx_json_sFirst) __hx_json_sFirst = false;
  else __hx_json_emit(',');
  if (__hx_json_sGap !== '') __hx_json_indent(level);
  __hx_json_quote(k);
  __hx_json_emit(__hx_json_sGap !== '' ? ': ' : ':');
  __hx_json_write(v, k);
}

/** view[k] of a typed array, read by index (see prepare). */
function __hx_json_elementOf(view: any, k: string): any {
  if (view instanceof DataView || !__hx_json_isIndexKey(k)) return undefined;
  return view[Number(k)];
}

/** Objects whose own properties Porffor cannot list; V8 writes them as {} (they have no own enumerable ones). */
function __hx_json_isOpaque(value: any): boolean {
  return value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet ||
    value instanceof ArrayBuffer || value instanceof DataView || value instanceof RegExp;
}

function __hx_json_writeObject(value: any, key: any): void {
  __hx_json_enter(value, key);
  const level = __hx_json_sDepth - __hx_json_sBase;
  const outerFirst = __hx_json_sFirst;
  __hx_json_sFirst = true;
  __hx_json_emit('{');
  if (__hx_json_sPropertyList !== undefined) {
    const list = __hx_json_sPropertyList;
    const view = ArrayBuffer.isView(value);
    for (let i = 0; i < list.length; i++) {
      const k = list[i];
      __hx_json_writeMember(k, view ? __hx_json_elementOf(value, k) : value[k], level);
    }
  } else if (ArrayBuffer.isView(value)) {
    const view: any = value;
    if (!(view instanceof DataView)) {
      const n = view.length;
      for (let i = 0; i < n; i++) __hx_json_writeMember('' + i, view[i], level);
    }
  } else if (__hx_json_isOpaque(value)) {
    // nothing
  } else if (__hx_json_needsKeyList(value)) {
    const keys = __hx_json_ownKeys(value);
    for (let i = 0; i < keys.length; i++) __hx_json_writeMember(keys[i], value[keys[i]], level);
  } else {
    for (const k in value) {
      if (typeof k === 'string') __hx_json_writeMember(k, value[k], level);
    }
  }
  if (!__hx_json_sFirst && __hx_json_sGap !== '') __hx_json_indent(level - 1);
  __hx_json_emit('}');
  __hx_json_sFirst = outerFirst;
  __hx_json_sDepth--;
}

/** 'Name', quoted, as V8 writes the constructor of an object in the message. */
function __hx_json_constructorName(o: any): string {
  if (Array.isArray(o)) return "'Array'";
  const c = o.constructor;
  if (typeof c === 'function') {
    const name = c.name;
    if (typeof name === 'string' && name !== '') return "'" + name + "'";
  }
  return "'Object'";
}

function __hx_json_circularKey(key: any): string {
  if (typeof key === 'number') return 'index ' + key;
  if (key === '') return '<anonymous>';
  return "property '" + key + "'";
}

function __hx_json_circularLine(index: number): string {
  return '\n    |     ' + __hx_json_circularKey(__hx_json_sStackKeys[index]) + ' -> object with constructor ' +
    __hx_json_constructorName(__hx_json_sStack[index]);
}

/**
 * V8's message (JsonStringifier::ConstructCircularStructureErrorMessage): the object the circle starts at, the
 * first two links, "..." when more than three, the last link, and the key that closes the circle.
 */
function __hx_json_circularMessage(start: number, lastKey: any): string {
  let msg = 'Converting circular structure to JSON\n    --> starting at object with constructor ' +
    __hx_json_constructorName(__hx_json_sStack[start]);
  let index = start + 1;
  const end = __hx_json_sDepth;
  const prefixEnd = index + 2 < end ? index + 2 : end;
  for (; index < prefixEnd; index++) msg += __hx_json_circularLine(index);
  if (end > index + 1) msg += '\n    |     ...';
  if (index < end - 1) index = end - 1;
  for (; index < end; index++) msg += __hx_json_circularLine(index);
  return msg + '\n    --- ' + __hx_json_circularKey(lastKey) + ' closes the circle';
}

/** The keys of a replacer array: strings and numbers (also as objects), each once, in order. */
function __hx_json_propertyList(replacer: any): string[] {
  const list: string[] = [];
  for (let i = 0; i < replacer.length; i++) {
    const v = replacer[i];
    let item: any = undefined;
    if (typeof v === 'string') item = v;
    else if (typeof v === 'number') item = '' + v;
    else if (typeof v === 'object' && v !== null && (v instanceof String || v instanceof Number)) item = '' + v;
    if (item === undefined) continue;
    let seen = false;
    for (let j = 0; j < list.length; j++) {
      if (list[j] === item) {
        seen = true;
        break;
      }
    }
    if (!seen) list[list.length] = item;
  }
  return list;
}

function __hx_json_gapOf(space: any): string {
  if (typeof space === 'object' && space !== null) {
    if (space instanceof Number) space = Number(space);
    else if (space instanceof String) space = '' + space;
  }
  if (typeof space === 'number') {
    const n = space > 10 ? 10 : Math.trunc(space);
    if (!(n >= 1)) return '';
    let gap = '';
    for (let i = 0; i < n; i++) gap += ' ';
    return gap;
  }
  if (typeof space === 'string') return space.length > 10 ? space.substring(0, 10) : space;
  return '';
}

/** JSON.stringify(value, replacer, space) */
export function __hx_json_stringify(value: any, replacer: any, space: any): any {
  // a toJSON method or a replacer may call JSON.stringify again: keep the outer call's state
  const outerReplacer = __hx_json_sReplacer;
  const outerList = __hx_json_sPropertyList;
  const outerGap = __hx_json_sGap;
  const outerBase = __hx_json_sBase;
  const outerDepth = __hx_json_sDepth;
  const outerFirst = __hx_json_sFirst;
  const base = __hx_json_ropeStart();

  let result: any = undefined;
  try {
    __hx_json_sReplacer = undefined;
    __hx_json_sPropertyList = undefined;
    if (typeof replacer === 'function') __hx_json_sReplacer = replacer;
    else if (Array.isArray(replacer)) __hx_json_sPropertyList = __hx_json_propertyList(replacer);
    __hx_json_sGap = __hx_json_gapOf(space);
    __hx_json_sBase = __hx_json_sDepth;
    const v = __hx_json_prepare('', value);
    if (__hx_json_isWritten(v)) {
      __hx_json_write(v, '');
      result = __hx_json_ropeFinish(base);
    }
  } catch (e) {
    __hx_json_ropeAbandon(base);
    __hx_json_restore(outerReplacer, outerList, outerGap, outerBase, outerDepth, outerFirst);
    throw e;
  }
  __hx_json_restore(outerReplacer, outerList, outerGap, outerBase, outerDepth, outerFirst);
  return result;
}

/** Put back the state of an outer JSON.stringify call (a nested call has finished or thrown). */
function __hx_json_restore(replacer: any, list: any, gap: any, base: any, depth: any, first: any): void {
  __hx_json_sReplacer = replacer;
  __hx_json_sPropertyList = list;
  __hx_json_sGap = gap;
  __hx_json_sBase = base;
  __hx_json_sDepth = depth;
  __hx_json_sFirst = first;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON.parse, with V8's error messages (JsonParser in src/json/json-parser.cc of V8 11.3)

let __hx_json_pSrc = '';
let __hx_json_pLen = 0;
let __hx_json_pPos = 0;
let __hx_json_pKeys: any[] = []; // members of the objects and arrays being parsed, innermost last
let __hx_json_pValues: any[] = [];
let __hx_json_pTop = 0;
let __hx_json_pNormalize = false; // the source is a UTF-16 string: its strings of Latin-1 characters are made one-byte

// Porffor keeps a string of Latin-1 characters as one byte a character, and one with characters above U+00FF as
// UTF-16; a substring of a UTF-16 string stays UTF-16 whatever it holds. Object keys are found by a hash of the
// representation, so `config.rates` would not find a key "rates" cut from a UTF-16 text. Strings of such a text
// are therefore built through the output (emit), which makes them one-byte when every character allows it.
const __hx_json_PROBE: any = {};

/** Is `one` (one character, code c <= 0xFF) a one-byte string? Its key must find the one-byte key. */
function __hx_json_isOneByte(one: string, c: number): boolean {
  const key = String.fromCharCode(c);
  __hx_json_PROBE[key] = 1;
  const same = __hx_json_PROBE[one] === 1;
  delete __hx_json_PROBE[key];
  return same;
}

function __hx_json_code(i: number): number {
  return i < __hx_json_pLen ? __hx_json_pSrc.charCodeAt(i) : -1;
}

function __hx_json_isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** . e E + - and digits */
function __hx_json_isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

function __hx_json_skipWhitespace(): void {
  while (__hx_json_pPos < __hx_json_pLen) {
    const c = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
    __hx_json_pPos++;
  }
}

function __hx_json_fail(message: string): void {
  throw new SyntaxError(message);
}

function __hx_json_failAt(message: string): void {
  throw new SyntaxError(message + ' in JSON at position ' + __hx_json_pPos);
}

/** The source is one of the strings V8 names whole ("undefined" from JSON.parse(undefined), ...). */
function __hx_json_isSpecialSource(): boolean {
  const s = __hx_json_pSrc;
  return s === 'undefined' || s === 'NaN' || s === 'Infinity' || s === '[object Object]';
}

/** ReportUnexpectedToken without a message of its own: the token at pPos decides. */
function __hx_json_unexpected(): void {
  if (__hx_json_pPos >= __hx_json_pLen) __hx_json_fail('Unexpected end of JSON input');
  const c = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
  if (c === 34) __hx_json_failAt('Unexpected string');
  if (c === 45 || __hx_json_isDigit(c)) __hx_json_failAt('Unexpected number');
  if (__hx_json_isSpecialSource()) __hx_json_fail('"' + __hx_json_pSrc + '" is not valid JSON');
  // the character, and the text around it when the text is 21 characters or more
  const src = __hx_json_pSrc;
  const at = __hx_json_pPos;
  const token = "Unexpected token '" + src.charAt(at) + "', ";
  if (__hx_json_pLen < 21) __hx_json_fail(token + '"' + src + '" is not valid JSON');
  if (at < 10) __hx_json_fail(token + '"' + src.substring(0, at + 10) + '"... is not valid JSON');
  if (at < __hx_json_pLen - 10) __hx_json_fail(token + '..."' + src.substring(at - 10, at + 10) + '"... is not valid JSON');
  __hx_json_fail(token + '..."' + src.substring(at - 10) + '" is not valid JSON');
}

function __hx_json_hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The code unit an escape stands for (after the backslash at pPos - 1), or -1 for \u (read by the caller). */
function __hx_json_escapedUnit(e: number): number {
  if (e === 34 || e === 92 || e === 47) return e;
  if (e === 98) return 8;
  if (e === 102) return 12;
  if (e === 110) return 10;
  if (e === 114) return 13;
  if (e === 116) return 9;
  if (e === 117) return -1;
  return -2;
}

/** A string's contents from pPos (after its opening quote) to its closing quote, which is consumed. */
function __hx_json_scanString(): string {
  const start = __hx_json_pPos;
  let escapes = false;
  let wide = false; // a character above U+00FF
  while (true) {
    if (__hx_json_pPos >= __hx_json_pLen) __hx_json_failAt('Unterminated string');
    const c = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
    if (c === 34) break;
    if (c === 92) {
      escapes = true;
      __hx_json_pPos++;
      if (__hx_json_pPos >= __hx_json_pLen) __hx_json_fail('Unexpected end of JSON input');
      const e = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
      if (e > 255) __hx_json_unexpected();
      const unit = __hx_json_escapedUnit(e);
      if (unit === -1) {
        let v = 0;
        for (let i = 0; i < 4; i++) {
          __hx_json_pPos++;
          const h = __hx_json_hexValue(__hx_json_code(__hx_json_pPos));
          if (h < 0) __hx_json_failAt('Bad Unicode escape');
          v = v * 16 + h;
        }
        if (v > 255) wide = true;
      } else if (unit === -2) {
        __hx_json_failAt('Bad escaped character');
      }
      __hx_json_pPos++;
      continue;
    }
    if (c < 32) __hx_json_failAt('Bad control character in string literal');
    if (c > 255) wide = true;
    __hx_json_pPos++;
  }
  const end = __hx_json_pPos;
  __hx_json_pPos++;
  if (!escapes && (wide || !__hx_json_pNormalize)) return __hx_json_pSrc.substring(start, end);
  // decode what was checked above
  const base = __hx_json_ropeStart();
  for (let i = start; i < end; i++) {
    const c = __hx_json_pSrc.charCodeAt(i);
    if (c !== 92) {
      __hx_json_emitUnit(c);
      continue;
    }
    i++;
    const unit = __hx_json_escapedUnit(__hx_json_pSrc.charCodeAt(i));
    if (unit >= 0) {
      __hx_json_emitUnit(unit);
    } else {
      let v = 0;
      for (let k = 1; k <= 4; k++) v = v * 16 + __hx_json_hexValue(__hx_json_pSrc.charCodeAt(i + k));
      __hx_json_emitUnit(v);
      i += 4;
    }
  }
  return __hx_json_ropeFinish(base);
}

function __hx_json_parseNumber(): number {
  const start = __hx_json_pPos;
  let negative = false;
  let c = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
  if (c === 45) {
    negative = true;
    __hx_json_pPos++;
    c = __hx_json_code(__hx_json_pPos);
  }
  if (c === 48) {
    __hx_json_pPos++;
    c = __hx_json_code(__hx_json_pPos);
    if (__hx_json_isNumberPart(c)) {
      if (__hx_json_isDigit(c)) __hx_json_failAt('Unexpected number');
    } else if (!negative) {
      return 0;
    }
  } else {
    const firstDigit = __hx_json_pPos;
    let v = 0;
    while (__hx_json_pPos < __hx_json_pLen) {
      const d = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
      if (d < 48 || d > 57) break;
      v = v * 10 + (d - 48);
      __hx_json_pPos++;
    }
    if (__hx_json_pPos === firstDigit) __hx_json_failAt('No number after minus sign');
    // an integer of up to 15 digits is exact as computed
    if (!__hx_json_isNumberPart(__hx_json_code(__hx_json_pPos)) && __hx_json_pPos - firstDigit <= 15) {
      return negative ? -v : v;
    }
  }
  if (__hx_json_code(__hx_json_pPos) === 46) {
    __hx_json_pPos++;
    if (!__hx_json_isDigit(__hx_json_code(__hx_json_pPos))) __hx_json_failAt('Unterminated fractional number');
    while (__hx_json_isDigit(__hx_json_code(__hx_json_pPos))) __hx_json_pPos++;
  }
  c = __hx_json_code(__hx_json_pPos);
  if (c === 101 || c === 69) {
    __hx_json_pPos++;
    c = __hx_json_code(__hx_json_pPos);
    if (c === 45 || c === 43) {
      __hx_json_pPos++;
      c = __hx_json_code(__hx_json_pPos);
    }
    if (!__hx_json_isDigit(c)) __hx_json_failAt('Exponent part is missing a number');
    while (__hx_json_isDigit(__hx_json_code(__hx_json_pPos))) __hx_json_pPos++;
  }
  return Number(__hx_json_pSrc.substring(start, __hx_json_pPos));
}

/** The rest of a literal whose first character matched (JsonParser::ScanLiteral). */
function __hx_json_scanLiteral(word: string): void {
  __hx_json_pPos++;
  for (let i = 1; i < word.length; i++) {
    if (__hx_json_pPos >= __hx_json_pLen) __hx_json_fail('Unexpected end of JSON input');
    if (__hx_json_pSrc.charCodeAt(__hx_json_pPos) !== word.charCodeAt(i)) __hx_json_unexpected();
    __hx_json_pPos++;
  }
}

function __hx_json_parseValue(): any {
  __hx_json_skipWhitespace();
  if (__hx_json_pPos >= __hx_json_pLen) __hx_json_unexpected();
  const c = __hx_json_pSrc.charCodeAt(__hx_json_pPos);
  if (c === 34) {
    __hx_json_pPos++;
    return __hx_json_scanString();
  }
  if (c === 45 || __hx_json_isDigit(c)) return __hx_json_parseNumber();
  if (c === 123) return __hx_json_parseObject();
  if (c === 91) return __hx_json_parseArray();
  if (c === 116) {
    __hx_json_scanLiteral('true');
    return true;
  }
  if (c === 102) {
    __hx_json_scanLiteral('false');
    return false;
  }
  if (c === 110) {
    __hx_json_scanLiteral('null');
    return null;
  }
  __hx_json_unexpected();
  return undefined;
}

function __hx_json_parseObject(): any {
  __hx_json_pPos++;
  __hx_json_skipWhitespace();
  if (__hx_json_code(__hx_json_pPos) === 125) {
    __hx_json_pPos++;
    return {};
  }
  const base = __hx_json_pTop;
  if (__hx_json_code(__hx_json_pPos) !== 34) __hx_json_failAt("Expected property name or '}'");
  __hx_json_pPos++;
  let key = __hx_json_scanString();
  __hx_json_skipWhitespace();
  if (__hx_json_code(__hx_json_pPos) !== 58) __hx_json_failAt("Expected ':' after property name");
  __hx_json_pPos++;
  while (true) {
    const value = __hx_json_parseValue();
    __hx_json_pKeys[__hx_json_pTop] = key;
    __hx_json_pValues[__hx_json_pTop] = value;
    __hx_json_pTop++;
    __hx_json_skipWhitespace();
    if (__hx_json_code(__hx_json_pPos) !== 44) break;
    __hx_json_pPos++;
    __hx_json_skipWhitespace();
    if (__hx_json_code(__hx_json_pPos) !== 34) __hx_json_failAt('Expected double-quoted property name');
    __hx_json_pPos++;
    key = __hx_json_scanString();
    __hx_json_skipWhitespace();
    // (V8 11.3 names the missing colon only after the first property)
    if (__hx_json_code(__hx_json_pPos) !== 58) __hx_json_unexpected();
    __hx_json_pPos++;
  }
  if (__hx_json_code(__hx_json_pPos) !== 125) __hx_json_failAt("Expected ',' or '}' after property value");
  __hx_json_pPos++;
  // The object is made last, when it is the newest block of the heap, so that it can grow in place.
  let protoKey = false;
  for (let i = base; i < __hx_json_pTop; i++) {
    if (__hx_json_pKeys[i] === '__proto__') protoKey = true;
  }
  const desc: any = protoKey ? { value: undefined, writable: true, enumerable: true, configurable: true } : undefined;
  const obj: any = {};
  for (let i = base; i < __hx_json_pTop; i++) {
    const k = __hx_json_pKeys[i];
    if (protoKey && k === '__proto__') {
      desc.value = __hx_json_pValues[i];
      Object.defineProperty(obj, k, desc);
    } else {
      obj[k] = __hx_json_pValues[i];
    }
  }
  __hx_json_pTop = base;
  return obj;
}

function __hx_json_parseArray(): any {
  __hx_json_pPos++;
  __hx_json_skipWhitespace();
  if (__hx_json_code(__hx_json_pPos) === 93) {
    __hx_json_pPos++;
    return [];
  }
  const base = __hx_json_pTop;
  while (true) {
    const value = __hx_json_parseValue();
    __hx_json_pValues[__hx_json_pTop] = value;
    __hx_json_pTop++;
    __hx_json_skipWhitespace();
    if (__hx_json_code(__hx_json_pPos) !== 44) break;
    __hx_json_pPos++;
  }
  if (__hx_json_code(__hx_json_pPos) !== 93) __hx_json_failAt("Expected ',' or ']' after array element");
  __hx_json_pPos++;
  const n = __hx_json_pTop - base;
  const arr: any[] = [];
  for (let i = 0; i < n; i++) arr[i] = __hx_json_pValues[base + i];
  __hx_json_pTop = base;
  return arr;
}

/** InternalizeJSONProperty: children first, then the reviver on the value itself. */
function __hx_json_revive(reviver: any, key: string, value: any): any {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      const len = value.length;
      for (let i = 0; i < len; i++) {
        const v = __hx_json_revive(reviver, '' + i, value[i]);
        value[i] = v;
      }
    } else {
      const keys = __hx_json_ownKeys(value);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = __hx_json_revive(reviver, k, value[k]);
        if (v === undefined) {
          delete value[k];
        } else if (k === '__proto__') {
          Object.defineProperty(value, k, { value: v, writable: true, enumerable: true, configurable: true });
        } else {
          value[k] = v;
        }
      }
    }
  }
  return reviver(key, value);
}

/** JSON.parse(text, reviver) */
export function __hx_json_parse(text: any, reviver: any): any {
  const src = '' + text;
  __hx_json_pSrc = src;
  __hx_json_pLen = src.length;
  __hx_json_pPos = 0;
  __hx_json_pTop = 0;
  __hx_json_pNormalize = false;
  for (let i = 0; i < __hx_json_pLen; i++) {
    const c = src.charCodeAt(i);
    if (c <= 255) {
      __hx_json_pNormalize = !__hx_json_isOneByte(src.substring(i, i + 1), c);
      break;
    }
  }
  // strings with escapes are built by the output, above what a JSON.stringify that called this may have there
  const base = __hx_json_ropeStart();
  let value: any = undefined;
  try {
    value = __hx_json_parseValue();
    __hx_json_skipWhitespace();
    if (__hx_json_pPos < __hx_json_pLen) {
      __hx_json_fail('Unexpected non-whitespace character after JSON at position ' + __hx_json_pPos);
    }
  } catch (e) {
    __hx_json_ropeAbandon(base);
    throw e;
  }
  if (typeof reviver === 'function') return __hx_json_revive(reviver, '', value);
  return value;
}
