// An inner arrow function reading a local of its enclosing function.
function scale(values: number[], k: number): number[] {
  return values.map((v) => v * k);
}
console.log(scale([1, 2, 3], 4).join(","));
