/**
 * Iteration and spread for what Porffor cannot do itself (codegen/transforms/spread.js and iterables.js
 * call these): objects of the program with [Symbol.iterator](), spread of strings, Maps, Sets and typed
 * arrays, and library functions whose arguments Porffor reads one by one.
 */

/** An object of the program (not an array, string, Map, Set or typed array): it iterates by the protocol. */
function __hx_is_program_object(x: any): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Map) && !(x instanceof Set) &&
    !ArrayBuffer.isView(x);
}

/** What `[...x]` holds: the values x yields, in a new array. */
export function __hx_collect(x: any): any[] {
  const out: any[] = [];
  if (__hx_is_program_object(x)) {
    const it = x[Symbol.iterator]();
    for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  } else {
    for (const v of x) out.push(v);
  }
  return out;
}

/** Steps through the values of an array (the iterator __hx_iterator gives for built-in iterables). */
class __HxArrayIterator {
  private i = 0;
  constructor(private readonly values: any[]) {}
  next(): any {
    if (this.i < this.values.length) return { done: false, value: this.values[this.i++] };
    return { done: true, value: undefined };
  }
}

/** An iterator over x whatever it is (for...of over a value whose type does not say). */
export function __hx_iterator(x: any): any {
  if (__hx_is_program_object(x)) return x[Symbol.iterator]();
  return new __HxArrayIterator(__hx_collect(x));
}

/** Math.max(...values) */
export function __hx_math_max(values: number[]): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) m = Math.max(m, values[i]);
  return m;
}

/** Math.min(...values) */
export function __hx_math_min(values: number[]): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) m = Math.min(m, values[i]);
  return m;
}

/** Math.hypot(...values): as Node computes it, scaled by the largest magnitude. */
export function __hx_math_hypot(values: number[]): number {
  if (values.length === 2) return Math.hypot(values[0], values[1]);
  let max = 0;
  let nan = false;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (v === Infinity) return Infinity;
    if (v !== v) nan = true;
    else if (v > max) max = v;
  }
  if (nan) return NaN;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const r = values[i] / max;
    const summand = r * r - compensation;
    const preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}
