// A simulated peripheral register file with read-only and write-1-to-clear bits.
class Peripheral {
  private regs = new Uint32Array(4);
  static readonly CTRL = 0;
  static readonly STATUS = 1;
  static readonly DATA = 2;
  write(reg: number, value: number): void {
    if (reg === Peripheral.STATUS) {
      this.regs[reg] &= ~value;
      return;
    }
    this.regs[reg] = value;
    if (reg === Peripheral.DATA) this.regs[Peripheral.STATUS] |= 0x1;
  }
  read(reg: number): number { return this.regs[reg]; }
}
const dev = new Peripheral();
dev.write(Peripheral.CTRL, 0x80000003);
dev.write(Peripheral.DATA, 0xAB);
console.log(dev.read(Peripheral.CTRL), dev.read(Peripheral.STATUS), dev.read(Peripheral.DATA));
dev.write(Peripheral.STATUS, 0x1);
console.log("status after clear", dev.read(Peripheral.STATUS), "ctrl hex", dev.read(Peripheral.CTRL).toString(16));
