// An SPI master exchanging bytes with a loop-back device.
interface SpiDevice { exchange(b: number): number }
class ShiftRegister implements SpiDevice {
  private reg = 0;
  exchange(b: number): number {
    const out = this.reg;
    this.reg = b;
    return out;
  }
}
class SpiMaster {
  constructor(private readonly dev: SpiDevice) {}
  transfer(tx: number[]): number[] {
    const rx: number[] = [];
    for (const b of tx) rx.push(this.dev.exchange(b));
    return rx;
  }
}
const spi = new SpiMaster(new ShiftRegister());
console.log(spi.transfer([0x9F, 0x00, 0x00, 0x00]).join(","));
console.log(spi.transfer([0x01, 0x02]).join(","));
