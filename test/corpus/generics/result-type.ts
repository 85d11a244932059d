// A Result type instead of exceptions.
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function divide(a: number, b: number): Result<number> {
  return b === 0 ? { ok: false, error: "division by zero" } : { ok: true, value: a / b };
}
function describe<T>(r: Result<T>): string {
  return r.ok ? `ok ${String(r.value)}` : `error ${r.error}`;
}
console.log(describe(divide(10, 4)), describe(divide(1, 0)), describe(divide(-9, 3)));
