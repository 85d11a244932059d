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
