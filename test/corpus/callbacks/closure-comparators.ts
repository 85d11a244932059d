// Sorting and filtering records by a key and a threshold chosen at run time.
interface Reading { sensor: string; value: number; at: number }
const readings: Reading[] = [
  { sensor: "t1", value: 21.5, at: 3 }, { sensor: "t2", value: 19.25, at: 1 },
  { sensor: "h1", value: 40, at: 2 }, { sensor: "t3", value: 25, at: 4 },
];
function sortedBy(rows: Reading[], key: "value" | "at", descending: boolean): string {
  const sign = descending ? -1 : 1;
  return rows.slice().sort((a, b) => sign * (a[key] - b[key])).map((r) => r.sensor).join(",");
}
function above(rows: Reading[], limit: number, prefix: string): string[] {
  return rows.filter((r) => r.value > limit && r.sensor.startsWith(prefix)).map((r) => `${r.sensor}>${limit}`);
}
console.log(sortedBy(readings, "value", false), sortedBy(readings, "at", true));
console.log(above(readings, 20, "t").join(" "), above(readings, 100, "").length);
class Calibrator {
  constructor(private readonly offset: number, private readonly gain: number) {}
  apply(values: number[]): number[] {
    return values.map((v) => Math.round((v + this.offset) * this.gain * 100) / 100);
  }
  total(values: number[]): number {
    let sum = 0;
    this.apply(values).forEach((v) => { sum += v; });
    return sum;
  }
}
const cal = new Calibrator(-0.5, 1.02);
console.log(cal.apply([20, 21.5, 30]).join(" "), cal.total([1, 2, 3]));
