// Throwing and catching non-Error values.
function fail(kind: number): void {
  if (kind === 0) throw "a string";
  if (kind === 1) throw 42;
  if (kind === 2) throw { code: 7 };
  throw null;
}
for (let k = 0; k < 4; k++) {
  try { fail(k); } catch (e) {
    const t = e === null ? "null" : typeof e;
    console.log(k, t, typeof e === "object" && e !== null ? (e as { code: number }).code : String(e));
  }
}
