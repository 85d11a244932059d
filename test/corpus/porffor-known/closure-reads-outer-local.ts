// An inner arrow reading an outer function's local (refused until closures are converted).
function total(xs: number[], bias: number): number {
  let t = 0;
  xs.forEach((v) => { t += v + bias; });
  return t;
}
console.log(total([1, 2, 3], 10));
