// An I2C bus with a mock EEPROM device answering reads and writes.
interface I2cDevice { address: number; write(bytes: number[]): void; read(n: number): number[] }
class Eeprom implements I2cDevice {
  private mem = new Uint8Array(256);
  private pointer = 0;
  constructor(readonly address: number) {}
  write(bytes: number[]): void {
    this.pointer = bytes[0];
    for (let i = 1; i < bytes.length; i++) this.mem[(this.pointer + i - 1) & 0xff] = bytes[i];
  }
  read(n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.mem[(this.pointer + i) & 0xff]);
    this.pointer = (this.pointer + n) & 0xff;
    return out;
  }
}
class I2cBus {
  private devices: I2cDevice[] = [];
  attach(d: I2cDevice): void { this.devices.push(d); }
  transfer(addr: number, tx: number[], rxLen: number): number[] | null {
    for (const d of this.devices) {
      if (d.address === addr) {
        d.write(tx);
        return rxLen > 0 ? d.read(rxLen) : [];
      }
    }
    return null;
  }
}
const bus = new I2cBus();
bus.attach(new Eeprom(0x50));
bus.transfer(0x50, [0x10, 1, 2, 3, 4], 0);
console.log(bus.transfer(0x50, [0x10], 4)?.join(","));
console.log(bus.transfer(0x51, [0], 1) === null ? "nack" : "ack");
