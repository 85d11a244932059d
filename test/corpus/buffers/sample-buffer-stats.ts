// Min, max and mean of a sample buffer of 16-bit readings.
const samples = new Int16Array([120, -45, 300, 88, -1200, 450, 0, 77]);
let min = samples[0], max = samples[0], sum = 0;
for (let i = 0; i < samples.length; i++) {
  const s = samples[i];
  if (s < min) min = s;
  if (s > max) max = s;
  sum += s;
}
console.log("min", min, "max", max, "mean", sum / samples.length, "range", max - min);
