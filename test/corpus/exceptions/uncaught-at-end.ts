// An error that escapes the top level after some output.
function check(v: number): number {
  if (v > 2) throw new RangeError(`value ${v} out of range`);
  return v;
}
console.log(check(1));
console.log(check(5));
