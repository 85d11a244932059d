// Driver classes: an abstract sensor with calibrated subclasses.
abstract class Sensor {
  private samples = 0;
  constructor(readonly name: string, protected readonly offset: number) {}
  protected abstract raw(): number;
  read(): number {
    this.samples++;
    return this.raw() + this.offset;
  }
  get count(): number { return this.samples; }
}
class Thermometer extends Sensor {
  private t = 20;
  protected raw(): number { this.t += 0.5; return this.t; }
}
class Barometer extends Sensor {
  private p = 1000;
  protected raw(): number { this.p -= 1.25; return this.p; }
}
const sensors: Sensor[] = [new Thermometer("temp", -0.5), new Barometer("pressure", 13)];
for (let i = 0; i < 3; i++) {
  for (const s of sensors) console.log(s.name, s.read());
}
for (const s of sensors) console.log(s.name, "samples", s.count, s instanceof Thermometer, s instanceof Sensor);
