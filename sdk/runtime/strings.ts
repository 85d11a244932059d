/**
 * String.prototype.replace / replaceAll for string patterns and replacements
 * (codegen/transforms/string-replace.js rewrites calls to these).
 */

// ECMAScript GetSubstitution for a match without capture groups.
function __hx_substitute(subject: string, matched: string, position: number, replacement: string): string {
  if (replacement.indexOf('$') < 0) return replacement;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement.charCodeAt(i);
    if (c === 36 && i + 1 < replacement.length) { // '$'
      const n = replacement.charCodeAt(i + 1);
      if (n === 36) { out += '$'; i++; continue; }
      if (n === 38) { out += matched; i++; continue; } // $&
      if (n === 96) { out += subject.substring(0, position); i++; continue; } // $`
      if (n === 39) { out += subject.substring(position + matched.length); i++; continue; } // $'
    }
    out += replacement.charAt(i);
  }
  return out;
}

export function __hx_string_replace(subject: string, pattern: string, replacement: string): string {
  const at = subject.indexOf(pattern);
  if (at < 0) return subject;
  return subject.substring(0, at) + __hx_substitute(subject, pattern, at, replacement) +
    subject.substring(at + pattern.length);
}

export function __hx_string_replace_all(subject: string, pattern: string, replacement: string): string {
  const step = pattern.length > 0 ? pattern.length : 1;
  let out = '';
  let from = 0;
  let at = subject.indexOf(pattern, 0);
  while (at >= 0) {
    out += subject.substring(from, at) + __hx_substitute(subject, pattern, at, replacement);
    from = at + pattern.length;
    if (pattern.length === 0) {
      if (at >= subject.length) break;
      out += subject.charAt(at);
      from = at + 1;
    }
    at = subject.indexOf(pattern, at + step);
    if (pattern.length === 0 && at > subject.length) break;
  }
  return out + subject.substring(from);
}

/** `a < b` for strings: code unit by code unit, then the shorter first (codegen/transforms/string-compare.js). */
export function __hx_string_less(a: string, b: string): boolean {
  const common = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < common; i++) {
    const ac = a.charCodeAt(i);
    const bc = b.charCodeAt(i);
    if (ac !== bc) return ac < bc;
  }
  return a.length < b.length;
}

export function __hx_string_greater(a: string, b: string): boolean {
  return __hx_string_less(b, a);
}

export function __hx_string_less_equal(a: string, b: string): boolean {
  return !__hx_string_less(b, a);
}

export function __hx_string_greater_equal(a: string, b: string): boolean {
  return !__hx_string_less(a, b);
}

/** s.repeat(count), with V8's RangeError naming the count (Porffor's builtin sees an i32). */
export function __hx_string_repeat(s: string, count: number): string {
  const n = +count;
  const whole = n !== n ? 0 : Math.trunc(n);
  if (whole < 0 || whole === Infinity) throw new RangeError('Invalid count value: ' + n);
  if (s.length === 0 || whole === 0) return '';
  if (whole > 536870888 / s.length) throw new RangeError('Invalid string length'); // V8's longest string
  return s.repeat(whole);
}
