// Debouncing a noisy button with a counter state machine.
class Debouncer {
  private stable = false;
  private counter = 0;
  constructor(private readonly threshold: number) {}
  sample(raw: boolean): boolean {
    if (raw === this.stable) {
      this.counter = 0;
    } else if (++this.counter >= this.threshold) {
      this.stable = raw;
      this.counter = 0;
    }
    return this.stable;
  }
}
const noisy = [0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0];
const d = new Debouncer(3);
let trace = "";
for (const s of noisy) trace += d.sample(s === 1) ? "1" : "0";
console.log(trace);
