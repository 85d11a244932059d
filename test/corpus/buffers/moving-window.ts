// A sliding window of the last N samples with a running sum.
class Window {
  private readonly samples: Float64Array;
  private index = 0;
  private filled = 0;
  private sum = 0;
  constructor(size: number) { this.samples = new Float64Array(size); }
  add(x: number): number {
    this.sum -= this.samples[this.index];
    this.samples[this.index] = x;
    this.sum += x;
    this.index = (this.index + 1) % this.samples.length;
    if (this.filled < this.samples.length) this.filled++;
    return this.sum / this.filled;
  }
}
const w = new Window(4);
const readings = [10, 12, 11, 13, 30, 12, 11, 10];
for (const r of readings) console.log(r, w.add(r).toFixed(2));
