// An arrow function using `this` of the method it is written in.
class Accumulator {
  sum = 0;
  addAll(xs: number[]): number {
    xs.forEach((x) => { this.sum += x; });
    return this.sum;
  }
}
console.log(new Accumulator().addAll([1, 2, 3]));
