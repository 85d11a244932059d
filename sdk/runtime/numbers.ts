/**
 * Number predicates that look at the value's type (codegen/transforms/library-calls.js calls these): Porffor's
 * take the bits alone, so Number.isInteger(undefined) was true and Number.isNaN("x") shared isNaN's coercion.
 */

export function __hx_number_is_finite(x: any): boolean {
  return typeof x === 'number' && x - x === 0;
}

export function __hx_number_is_integer(x: any): boolean {
  return __hx_number_is_finite(x) && Math.trunc(x) === x;
}

export function __hx_number_is_safe_integer(x: any): boolean {
  return __hx_number_is_integer(x) && Math.abs(x) <= 9007199254740991;
}

export function __hx_number_is_nan(x: any): boolean {
  return typeof x === 'number' && x !== x;
}

/** The global isNaN and isFinite convert their argument first. */
export function __hx_is_nan(x: any): boolean {
  const n = +x;
  return n !== n;
}

export function __hx_is_finite(x: any): boolean {
  const n = +x;
  return n - n === 0;
}

/**
 * JavaScript's `a == b` (IsLooselyEqual) for operands of different or unknown kinds
 * (codegen/transforms/loose-equality.js): numbers and strings compare as numbers, a boolean
 * counts as 0 or 1, an object is compared as its primitive value, null and undefined equal
 * only each other.
 */
export function __hx_loose_equal(a: any, b: any): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) return a === b;
  if (a == null || b == null) return a == null && b == null;
  if (ta === 'boolean') return __hx_loose_equal(a ? 1 : 0, b);
  if (tb === 'boolean') return __hx_loose_equal(a, b ? 1 : 0);
  if (ta === 'number' && tb === 'string') return a === +b;
  if (ta === 'string' && tb === 'number') return +a === b;
  if (ta === 'object' || ta === 'function') return tb === 'object' || tb === 'function' ? a === b : __hx_loose_equal(__hx_to_primitive(a), b);
  if (tb === 'object' || tb === 'function') return __hx_loose_equal(a, __hx_to_primitive(b));
  return false;
}

/** ToPrimitive with no hint: valueOf when it gives a primitive, else the string. */
function __hx_to_primitive(o: any): any {
  const v = o.valueOf();
  const t = typeof v;
  return t === 'object' || t === 'function' ? String(o) : v;
}
