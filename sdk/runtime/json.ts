/**
 * JSON.stringify and JSON.parse as Node 20 (V8 11.3) does them; codegen/transforms/json.js rewrites calls of the
 * global JSON to __hx_json_stringify and __hx_json_parse.
 *
 * Porffor's own JSON.stringify writes into a fixed 4 KiB one-byte buffer (characters above U+00FF come out as
 * garbage, a large value overflows it) and recurses into a circular structure until the stack overflows.
 *
 * Written for what Porffor compiles: no closures, no `finally`, no `<` on strings, no Reflect. Memory is never
 * freed on the device, so the output is built as a rope (see `emit`): a result of n characters costs about
 * n log n bytes of strings however it is represented, where Porffor's join turns quadratic once one part is UTF-16
 * and an array holds at most 14,563 parts. Objects are walked with for...in (no array of keys per object, arrays
 * are limited in number too) unless they have integer-like keys, which V8 lists first in ascending order.
 *
 * Known differences from Node: replacer and reviver functions are called with `this` undefined (V8 passes the
 * holder object), Porffor having no way to call a function with a given `this`; a reviver that returns undefined
 * for an array element leaves undefined there instead of a hole.
 */

// ---------------------------------------------------------------------------------------------------------------
// Output: a rope. Strings are pushed on a stack and merged whenever the one below is at most twice as long as the
// new one, so the stack's lengths shrink geometrically (a few dozen entries for megabytes) and each character is
// copied O(log n) times. Re-entrant: each user (a nested JSON call from toJSON, a replacer or a reviver) finishes
// only its own part of the stack, from the `base` it took.

let ropeParts: string[] = [];
let ropeTop = 0;

function emit(s: string): void {
  if (s.length === 0) return;
  let cur = s;
  let n = ropeTop;
  while (n > ropeFloor && ropeParts[n - 1].length <= cur.length * 2) {
    cur = ropeParts[n - 1] + cur;
    n--;
  }
  ropeParts[n] = cur;
  ropeTop = n + 1;
}

// Merges below ropeFloor never happen: they belong to an outer, unfinished user of the rope.
let ropeFloor = 0;

/** Everything emitted since `base`, as one string; the stack returns to `base`. */
function ropeFinish(base: number): string {
  if (ropeTop <= base) return '';
  let cur = ropeParts[ropeTop - 1];
  for (let i = ropeTop - 2; i >= base; i--) cur = ropeParts[i] + cur;
  ropeTop = base;
  return cur;
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

/** An array index as V8 orders it: a canonical decimal integer below 2^32 - 1. */
function isIndexKey(k: string): boolean {
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

function compareIndexKeys(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** Own enumerable string keys in V8's order: array indices ascending, then the others in insertion order. */
function ownKeys(obj: any): string[] {
  const keys: string[] = Object.keys(obj);
  let indices = 0;
  for (let i = 0; i < keys.length; i++) {
    if (isIndexKey(keys[i])) indices++;
  }
  if (indices === 0) return keys;
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (isIndexKey(keys[i])) out.push(keys[i]);
  }
  if (indices > 1) out.sort(compareIndexKeys);
  for (let i = 0; i < keys.length; i++) {
    if (!isIndexKey(keys[i])) out.push(keys[i]);
  }
  return out;
}

/**
 * Must obj's keys be listed by ownKeys, or can for...in walk them in place? for...in lists keys in insertion
 * order, where V8 puts array indices first, and Porffor's for...in types a key with characters above U+00FF as a
 * symbol (Object.keys has it right).
 */
function needsKeyList(obj: any): boolean {
  for (const k in obj) {
    if (typeof k !== 'string' || isIndexKey(k)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON.stringify

let sReplacer: any = undefined; // a replacer function, or undefined
let sPropertyList: any = undefined; // the keys of a replacer array, or undefined
let sGap = '';
let sStack: any[] = []; // the objects and arrays being serialized, outermost first
let sStackKeys: any[] = []; // the key each was reached by: a number for an array element, a string otherwise
let sDepth = 0;
let sBase = 0; // where the current call's entries of sStack start
let sFirst = false; // no member written yet in the object being written

let sIndents: string[] = [];
let sIndentCount = 0;
let sIndentGap = '';

/** "\n" and `level` gaps. */
function indent(level: number): string {
  if (sIndentGap !== sGap || sIndentCount === 0) {
    sIndentGap = sGap;
    sIndents[0] = '\n';
    sIndentCount = 1;
  }
  while (sIndentCount <= level) {
    sIndents[sIndentCount] = sIndents[sIndentCount - 1] + sGap;
    sIndentCount++;
  }
  return sIndents[level];
}

const HEX = '0123456789abcdef';

function hex4(c: number): string {
  return '\\u' + HEX.charAt((c >> 12) & 15) + HEX.charAt((c >> 8) & 15) + HEX.charAt((c >> 4) & 15) +
    HEX.charAt(c & 15);
}

function escapeOf(c: number): string {
  if (c === 34) return '\\"';
  if (c === 92) return '\\\\';
  if (c === 8) return '\\b';
  if (c === 9) return '\\t';
  if (c === 10) return '\\n';
  if (c === 12) return '\\f';
  if (c === 13) return '\\r';
  return hex4(c);
}

/** QuoteJSONString, well-formed: lone surrogates as \udxxx. */
function quote(s: string): void {
  const len = s.length;
  let from = 0;
  emit('"');
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92 && (c < 0xd800 || c > 0xdfff)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (i > from) emit(s.substring(from, i));
    emit(escapeOf(c));
    from = i + 1;
  }
  if (from === 0) emit(s);
  else if (from < len) emit(s.substring(from));
  emit('"');
}

function keyString(key: any): string {
  return typeof key === 'number' ? String(key) : key;
}

/** What holder[key] serializes as, after toJSON and the replacer (SerializeJSONProperty, steps 1-3). */
function prepare(key: any, value: any): any {
  if (typeof value === 'object' && value !== null) {
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function') value = value.toJSON(keyString(key));
    else if (value instanceof Date) value = dateToJSON(value);
  }
  if (sReplacer !== undefined) {
    const replacer = sReplacer;
    value = replacer(keyString(key), value);
  }
  return value;
}

/** Date.prototype.toJSON (Porffor's Date has no toJSON). */
function dateToJSON(d: any): any {
  const t = d.getTime();
  if (t !== t || t === Infinity || t === -Infinity) return null;
  return d.toISOString();
}

/** Is a prepared value written (not undefined, a function or a symbol)? */
function isWritten(value: any): boolean {
  if (value === undefined) return false;
  const t = typeof value;
  return t !== 'function' && t !== 'symbol';
}

/** Writes a prepared value that isWritten. */
function write(value: any, key: any): void {
  if (value === null) {
    emit('null');
    return;
  }
  if (typeof value === 'object') {
    if (value instanceof Number) value = Number(value);
    else if (value instanceof String) value = String(value);
    else if (value instanceof Boolean) value = value.valueOf();
  }
  const t = typeof value;
  if (t === 'string') quote(value);
  else if (t === 'number') emit(value === value && value !== Infinity && value !== -Infinity ? String(value) : 'null');
  else if (t === 'boolean') emit(value ? 'true' : 'false');
  else if (Array.isArray(value)) writeArray(value, key);
  else writeObject(value, key);
}

function enter(value: any, key: any): void {
  for (let i = sBase; i < sDepth; i++) {
    if (sStack[i] === value) throw new TypeError(circularMessage(i, key));
  }
  sStack[sDepth] = value;
  sStackKeys[sDepth] = key;
  sDepth++;
}

function writeArray(value: any, key: any): void {
  enter(value, key);
  const level = sDepth - sBase;
  const len = value.length;
  if (len === 0) {
    emit('[]');
  } else {
    emit('[');
    for (let i = 0; i < len; i++) {
      if (i > 0) emit(',');
      if (sGap !== '') emit(indent(level));
      const v = prepare(i, value[i]);
      if (isWritten(v)) write(v, i);
      else emit('null');
    }
    if (sGap !== '') emit(indent(level - 1));
    emit(']');
  }
  sDepth--;
}

/** One member of an object, unless its value is not written. */
function writeMember(holder: any, k: string, value: any, level: number): void {
  const v = prepare(k, value);
  if (!isWritten(v)) return;
  if (sFirst) sFirst = false;
  else emit(',');
  if (sGap !== '') emit(indent(level));
  quote(k);
  emit(sGap !== '' ? ': ' : ':');
  write(v, k);
}

/** Objects whose own properties Porffor cannot list; V8 writes them as {} (they have no own enumerable ones). */
function isOpaque(value: any): boolean {
  return value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet ||
    value instanceof ArrayBuffer || value instanceof DataView || value instanceof RegExp;
}

function writeObject(value: any, key: any): void {
  enter(value, key);
  const level = sDepth - sBase;
  const outerFirst = sFirst;
  sFirst = true;
  emit('{');
  if (sPropertyList !== undefined) {
    const list = sPropertyList;
    for (let i = 0; i < list.length; i++) writeMember(value, list[i], value[list[i]], level);
  } else if (ArrayBuffer.isView(value)) {
    if (!(value instanceof DataView)) {
      const n = value.length;
      for (let i = 0; i < n; i++) writeMember(value, String(i), value[i], level);
    }
  } else if (isOpaque(value)) {
    // nothing
  } else if (needsKeyList(value)) {
    const keys = ownKeys(value);
    for (let i = 0; i < keys.length; i++) writeMember(value, keys[i], value[keys[i]], level);
  } else {
    for (const k in value) {
      if (typeof k === 'string') writeMember(value, k, value[k], level);
    }
  }
  if (!sFirst && sGap !== '') emit(indent(level - 1));
  emit('}');
  sFirst = outerFirst;
  sDepth--;
}

/** 'Name', quoted, as V8 writes the constructor of an object in the message. */
function constructorName(o: any): string {
  if (Array.isArray(o)) return "'Array'";
  const c = o.constructor;
  if (typeof c === 'function') {
    const name = c.name;
    if (typeof name === 'string' && name !== '') return "'" + name + "'";
  }
  return "'Object'";
}

function circularKey(key: any): string {
  if (typeof key === 'number') return 'index ' + String(key);
  if (key === '') return '<anonymous>';
  return "property '" + key + "'";
}

function circularLine(index: number): string {
  return '\n    |     ' + circularKey(sStackKeys[index]) + ' -> object with constructor ' +
    constructorName(sStack[index]);
}

/**
 * V8's message (JsonStringifier::ConstructCircularStructureErrorMessage): the object the circle starts at, the
 * first two links, "..." when more than three, the last link, and the key that closes the circle.
 */
function circularMessage(start: number, lastKey: any): string {
  let msg = 'Converting circular structure to JSON\n    --> starting at object with constructor ' +
    constructorName(sStack[start]);
  let index = start + 1;
  const end = sDepth;
  const prefixEnd = index + 2 < end ? index + 2 : end;
  for (; index < prefixEnd; index++) msg += circularLine(index);
  if (end > index + 1) msg += '\n    |     ...';
  if (index < end - 1) index = end - 1;
  for (; index < end; index++) msg += circularLine(index);
  return msg + '\n    --- ' + circularKey(lastKey) + ' closes the circle';
}

/** The keys of a replacer array: strings and numbers (also as objects), each once, in order. */
function propertyList(replacer: any): string[] {
  const list: string[] = [];
  for (let i = 0; i < replacer.length; i++) {
    const v = replacer[i];
    let item: any = undefined;
    if (typeof v === 'string') item = v;
    else if (typeof v === 'number') item = String(v);
    else if (typeof v === 'object' && v !== null && (v instanceof String || v instanceof Number)) item = String(v);
    if (item === undefined) continue;
    let seen = false;
    for (let j = 0; j < list.length; j++) {
      if (list[j] === item) {
        seen = true;
        break;
      }
    }
    if (!seen) list.push(item);
  }
  return list;
}

function gapOf(space: any): string {
  if (typeof space === 'object' && space !== null) {
    if (space instanceof Number) space = Number(space);
    else if (space instanceof String) space = String(space);
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
  const outerReplacer = sReplacer;
  const outerList = sPropertyList;
  const outerGap = sGap;
  const outerBase = sBase;
  const outerDepth = sDepth;
  const outerFloor = ropeFloor;
  const outerFirst = sFirst;
  const base = ropeTop;

  let result: any = undefined;
  try {
    sReplacer = undefined;
    sPropertyList = undefined;
    if (typeof replacer === 'function') sReplacer = replacer;
    else if (Array.isArray(replacer)) sPropertyList = propertyList(replacer);
    sGap = gapOf(space);
    sBase = sDepth;
    ropeFloor = base;
    const v = prepare('', value);
    if (isWritten(v)) {
      write(v, '');
      result = ropeFinish(base);
    }
  } catch (e) {
    ropeTop = base;
    sReplacer = outerReplacer;
    sPropertyList = outerList;
    sGap = outerGap;
    sBase = outerBase;
    sDepth = outerDepth;
    ropeFloor = outerFloor;
    sFirst = outerFirst;
    throw e;
  }
  sReplacer = outerReplacer;
  sPropertyList = outerList;
  sGap = outerGap;
  sBase = outerBase;
  sDepth = outerDepth;
  ropeFloor = outerFloor;
  sFirst = outerFirst;
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON.parse, with V8's error messages (JsonParser in src/json/json-parser.cc of V8 11.3)

let pSrc = '';
let pLen = 0;
let pPos = 0;
let pKeys: any[] = []; // members of the objects and arrays being parsed, innermost last
let pValues: any[] = [];
let pTop = 0;
let pNormalize = false; // the source is a UTF-16 string: strings of Latin-1 characters are made one-byte

// Porffor keeps a string of Latin-1 characters as one byte a character, and one with characters above U+00FF as
// UTF-16; a substring of a UTF-16 string stays UTF-16 whatever it holds. Object keys are found by a hash of the
// representation, so `config.rates` would not find a key "rates" cut from a UTF-16 text. Strings cut from such a
// text are therefore copied into one-byte strings when every character allows it.
const PROBE: any = {};
let codes: number[] = [];

/** Is `one` (one character, code c <= 0xFF) a one-byte string? Its key must find the one-byte key. */
function isOneByte(one: string, c: number): boolean {
  const key = String.fromCharCode(c);
  PROBE[key] = 1;
  const same = PROBE[one] === 1;
  delete PROBE[key];
  return same;
}

/** A one-byte copy of s, whose characters are all Latin-1. */
function toOneByte(s: string): string {
  const n = s.length;
  const base = ropeTop;
  for (let at = 0; at < n; at += 256) {
    const end = at + 256 < n ? at + 256 : n;
    for (let i = at; i < end; i++) codes[i - at] = s.charCodeAt(i);
    codes.length = end - at;
    emit(String.fromCharCode(...codes));
  }
  return ropeFinish(base);
}

function code(i: number): number {
  return i < pLen ? pSrc.charCodeAt(i) : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** . e E + - and digits */
function isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

function skipWhitespace(): void {
  while (pPos < pLen) {
    const c = pSrc.charCodeAt(pPos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
    pPos++;
  }
}

function fail(message: string): void {
  throw new SyntaxError(message);
}

function failAt(message: string): void {
  throw new SyntaxError(message + ' in JSON at position ' + String(pPos));
}

/** The source is one of the strings V8 names whole ("undefined" from JSON.parse(undefined), ...). */
function isSpecialSource(): boolean {
  return pSrc === 'undefined' || pSrc === 'NaN' || pSrc === 'Infinity' || pSrc === '[object Object]';
}

/** ReportUnexpectedToken without a message of its own: the token at pPos decides. */
function unexpected(): void {
  if (pPos >= pLen) fail('Unexpected end of JSON input');
  const c = pSrc.charCodeAt(pPos);
  if (c === 34) failAt('Unexpected string');
  if (c === 45 || isDigit(c)) failAt('Unexpected number');
  if (isSpecialSource()) fail('"' + pSrc + '" is not valid JSON');
  const token = "Unexpected token '" + pSrc.charAt(pPos) + "', ";
  if (pLen < 21) fail(token + '"' + pSrc + '" is not valid JSON');
  if (pPos < 10) fail(token + '"' + pSrc.substring(0, pPos + 10) + '"... is not valid JSON');
  if (pPos < pLen - 10) fail(token + '..."' + pSrc.substring(pPos - 10, pPos + 10) + '"... is not valid JSON');
  fail(token + '..."' + pSrc.substring(pPos - 10) + '" is not valid JSON');
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** A string's contents from pPos (after its opening quote) to its closing quote, which is consumed. */
function scanString(): string {
  const start = pPos;
  let from = start;
  let base = -1; // the rope's base once an escape was seen
  let wide = false; // a character above U+00FF
  while (true) {
    if (pPos >= pLen) failAt('Unterminated string');
    const c = pSrc.charCodeAt(pPos);
    if (c === 34) break;
    if (c === 92) {
      if (base < 0) base = ropeTop;
      if (pPos > from) emit(pSrc.substring(from, pPos));
      pPos++;
      if (pPos >= pLen) fail('Unexpected end of JSON input');
      const e = pSrc.charCodeAt(pPos);
      if (e > 255) unexpected();
      if (e === 34 || e === 92 || e === 47) emit(pSrc.charAt(pPos));
      else if (e === 98) emit('\b');
      else if (e === 102) emit('\f');
      else if (e === 110) emit('\n');
      else if (e === 114) emit('\r');
      else if (e === 116) emit('\t');
      else if (e === 117) {
        let v = 0;
        for (let i = 0; i < 4; i++) {
          pPos++;
          const h = hexValue(code(pPos));
          if (h < 0) failAt('Bad Unicode escape');
          v = v * 16 + h;
        }
        if (v > 255) wide = true;
        emit(String.fromCharCode(v));
      } else {
        failAt('Bad escaped character');
      }
      pPos++;
      from = pPos;
      continue;
    }
    if (c < 32) failAt('Bad control character in string literal');
    if (c > 255) wide = true;
    pPos++;
  }
  const end = pPos;
  pPos++;
  let s = '';
  if (base < 0) {
    s = pSrc.substring(start, end);
  } else {
    if (end > from) emit(pSrc.substring(from, end));
    s = ropeFinish(base);
  }
  return pNormalize && !wide && s.length > 0 ? toOneByte(s) : s;
}

function parseNumber(): number {
  const start = pPos;
  let negative = false;
  let c = pSrc.charCodeAt(pPos);
  if (c === 45) {
    negative = true;
    pPos++;
    c = code(pPos);
  }
  if (c === 48) {
    pPos++;
    c = code(pPos);
    if (isNumberPart(c)) {
      if (isDigit(c)) failAt('Unexpected number');
    } else if (!negative) {
      return 0;
    }
  } else {
    const digits = pPos;
    let v = 0;
    while (pPos < pLen) {
      const d = pSrc.charCodeAt(pPos);
      if (d < 48 || d > 57) break;
      v = v * 10 + (d - 48);
      pPos++;
    }
    if (pPos === digits) failAt('No number after minus sign');
    // an integer of up to 15 digits is exact as computed
    if (!isNumberPart(code(pPos)) && pPos - digits <= 15) return negative ? -v : v;
  }
  if (code(pPos) === 46) {
    pPos++;
    if (!isDigit(code(pPos))) failAt('Unterminated fractional number');
    while (isDigit(code(pPos))) pPos++;
  }
  c = code(pPos);
  if (c === 101 || c === 69) {
    pPos++;
    c = code(pPos);
    if (c === 45 || c === 43) {
      pPos++;
      c = code(pPos);
    }
    if (!isDigit(c)) failAt('Exponent part is missing a number');
    while (isDigit(code(pPos))) pPos++;
  }
  return Number(pSrc.substring(start, pPos));
}

/** The rest of a literal whose first character matched (JsonParser::ScanLiteral). */
function scanLiteral(word: string): void {
  pPos++;
  for (let i = 1; i < word.length; i++) {
    if (pPos >= pLen) fail('Unexpected end of JSON input');
    if (pSrc.charCodeAt(pPos) !== word.charCodeAt(i)) unexpected();
    pPos++;
  }
}

function parseValue(): any {
  skipWhitespace();
  if (pPos >= pLen) unexpected();
  const c = pSrc.charCodeAt(pPos);
  if (c === 34) {
    pPos++;
    return scanString();
  }
  if (c === 45 || isDigit(c)) return parseNumber();
  if (c === 123) return parseObject();
  if (c === 91) return parseArray();
  if (c === 116) {
    scanLiteral('true');
    return true;
  }
  if (c === 102) {
    scanLiteral('false');
    return false;
  }
  if (c === 110) {
    scanLiteral('null');
    return null;
  }
  unexpected();
  return undefined;
}

function parseObject(): any {
  pPos++;
  skipWhitespace();
  if (code(pPos) === 125) {
    pPos++;
    return {};
  }
  const base = pTop;
  if (code(pPos) !== 34) failAt("Expected property name or '}'");
  pPos++;
  let key = scanString();
  skipWhitespace();
  if (code(pPos) !== 58) failAt("Expected ':' after property name");
  pPos++;
  while (true) {
    const value = parseValue();
    pKeys[pTop] = key;
    pValues[pTop] = value;
    pTop++;
    skipWhitespace();
    if (code(pPos) !== 44) break;
    pPos++;
    skipWhitespace();
    if (code(pPos) !== 34) failAt('Expected double-quoted property name');
    pPos++;
    key = scanString();
    skipWhitespace();
    if (code(pPos) !== 58) unexpected(); // V8 11.3 names the colon only after the first property
    pPos++;
  }
  if (code(pPos) !== 125) failAt("Expected ',' or '}' after property value");
  pPos++;
  // The object is made last, when it is the newest block of the heap, so that it can grow in place.
  const obj: any = {};
  for (let i = base; i < pTop; i++) obj[pKeys[i]] = pValues[i];
  pTop = base;
  return obj;
}

function parseArray(): any {
  pPos++;
  skipWhitespace();
  if (code(pPos) === 93) {
    pPos++;
    return [];
  }
  const base = pTop;
  while (true) {
    const value = parseValue();
    pValues[pTop] = value;
    pTop++;
    skipWhitespace();
    if (code(pPos) !== 44) break;
    pPos++;
  }
  if (code(pPos) !== 93) failAt("Expected ',' or ']' after array element");
  pPos++;
  const n = pTop - base;
  const arr: any[] = new Array(n);
  for (let i = 0; i < n; i++) arr[i] = pValues[base + i];
  pTop = base;
  return arr;
}

/** InternalizeJSONProperty: children first, then the reviver on the value itself. */
function revive(reviver: any, key: string, value: any): any {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      const len = value.length;
      for (let i = 0; i < len; i++) {
        const v = revive(reviver, String(i), value[i]);
        value[i] = v;
      }
    } else {
      const keys = ownKeys(value);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = revive(reviver, k, value[k]);
        if (v === undefined) delete value[k];
        else value[k] = v;
      }
    }
  }
  return reviver(key, value);
}

/** JSON.parse(text, reviver) */
export function __hx_json_parse(text: any, reviver: any): any {
  const src = String(text);
  pSrc = src;
  pLen = src.length;
  pPos = 0;
  pTop = 0;
  pNormalize = false;
  for (let i = 0; i < pLen; i++) {
    const c = src.charCodeAt(i);
    if (c <= 255) {
      pNormalize = !isOneByte(src.substring(i, i + 1), c);
      break;
    }
  }
  // strings with escapes are built on the rope, above what a JSON.stringify that called this may have there
  const outerFloor = ropeFloor;
  const base = ropeTop;
  ropeFloor = base;
  let value: any = undefined;
  try {
    value = parseValue();
    skipWhitespace();
    if (pPos < pLen) fail('Unexpected non-whitespace character after JSON at position ' + String(pPos));
  } catch (e) {
    ropeTop = base;
    ropeFloor = outerFloor;
    throw e;
  }
  ropeFloor = outerFloor;
  if (typeof reviver === 'function') return revive(reviver, '', value);
  return value;
}
