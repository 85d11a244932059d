// Devices of different kinds behind one interface, polled in a loop.
interface Device { name(): string; poll(t: number): number }
class Counter implements Device {
  private n = 0;
  name(): string { return "counter"; }
  poll(t: number): number { return (this.n += t); }
}
class Square implements Device {
  name(): string { return "square"; }
  poll(t: number): number { return t * t; }
}
class Toggle implements Device {
  private on = false;
  name(): string { return "toggle"; }
  poll(): number { this.on = !this.on; return this.on ? 1 : 0; }
}
const devices: Device[] = [new Counter(), new Square(), new Toggle()];
for (let t = 1; t <= 3; t++) {
  console.log(devices.map((d) => `${d.name()}=${d.poll(t)}`).join(" "));
}
