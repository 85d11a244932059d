// An inner arrow reading and writing an outer function's locals (converted: it runs only during the call).
function total(xs: number[], bias: number): number {
  let t = 0;
  xs.forEach((v) => { t += v + bias; });
  return t;
}
console.log(total([1, 2, 3], 10));
