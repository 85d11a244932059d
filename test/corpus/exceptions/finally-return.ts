// finally runs even when the try block returns.
let cleanups = 0;
function withLock(v: number): number {
  try {
    if (v > 2) return v * 10;
    return v;
  } finally {
    cleanups++;
    console.log("unlock after", v);
  }
}
console.log(withLock(1), withLock(5), "cleanups", cleanups);
function nested(): string {
  try {
    try {
      throw new Error("inner");
    } finally {
      console.log("inner finally");
    }
  } catch (e) {
    return "caught " + (e as Error).message;
  } finally {
    console.log("outer finally");
  }
}
console.log(nested());
