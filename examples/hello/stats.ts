/** Running statistics over a stream of numbers. */
export class RunningStats {
  count = 0;
  total = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    this.count++;
    this.total += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.total / this.count;
  }
}
