// A three-level driver hierarchy: each level extends the parent's behaviour with super.
class Peripheral {
  enabled = false;
  constructor(readonly name: string, readonly base: number) {}
  enable(): string { this.enabled = true; return `${this.name}@0x${this.base.toString(16)}`; }
  status(): string { return this.enabled ? "on" : "off"; }
}
class SerialPort extends Peripheral {
  constructor(name: string, base: number, readonly baud: number) { super(name, base); }
  enable(): string { return `${super.enable()} ${this.baud} baud`; }
}
class Usart extends SerialPort {
  private flow = false;
  enable(): string { this.flow = true; return `${super.enable()} rts/cts`; }
  status(): string { return `${super.status()} flow=${this.flow}`; }
}
class LowPowerUsart extends Usart {}
const ports: Peripheral[] = [new Usart("usart2", 0x40004400, 115200), new SerialPort("uart4", 0x40004c00, 9600),
  new LowPowerUsart("lpuart1", 0x40008000, 57600), new Peripheral("gpioa", 0x40020000)];
for (const p of ports) console.log(p.status(), "->", p.enable(), "->", p.status(), p instanceof SerialPort);
