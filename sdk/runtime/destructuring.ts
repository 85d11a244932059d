/**
 * Destructuring assignment (codegen/transforms/destructuring.js): `({ a, ...rest } = obj)`.
 */

/** The own enumerable properties of `source` other than `taken`, in a new object. */
export function __hx_object_rest(source: any, taken: string[]): any {
  const out: any = {};
  for (const key of Object.keys(source)) {
    if (taken.indexOf(key) < 0) out[key] = source[key];
  }
  return out;
}
