// A function returning a closure over its parameter (refused until closures are converted).
function adder(n: number): (x: number) => number {
  return (x) => x + n;
}
console.log(adder(5)(10));
