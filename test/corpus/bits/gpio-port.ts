// A GPIO port modelled as a 16-bit output register with set/clear/toggle.
class GpioPort {
  private odr = 0;
  set(pin: number): void { this.odr |= 1 << pin; }
  clear(pin: number): void { this.odr &= ~(1 << pin); }
  toggle(pin: number): void { this.odr ^= 1 << pin; }
  read(pin: number): boolean { return ((this.odr >> pin) & 1) === 1; }
  get value(): number { return this.odr & 0xffff; }
}
const port = new GpioPort();
port.set(0); port.set(5); port.set(15);
console.log("odr", port.value, port.value.toString(2));
port.toggle(5); port.clear(0); port.toggle(3);
console.log("odr", port.value.toString(16), port.read(3), port.read(5), port.read(15));
