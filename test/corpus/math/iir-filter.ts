// An exponential moving average and a first-order IIR low-pass filter.
const alpha = 0.25;
let ema = 0;
let iir = 0;
const input = [0, 100, 100, 100, 0, 0, 50, 50];
for (const x of input) {
  ema = ema + alpha * (x - ema);
  iir = 0.9 * iir + 0.1 * x;
  console.log(x, ema.toFixed(4), iir.toFixed(4));
}
