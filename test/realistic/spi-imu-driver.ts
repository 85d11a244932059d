// Driver for a 6-axis IMU (accelerometer + gyroscope) on an SPI bus. The chip is simulated by a
// register file behind an SPI transfer function (bit 7 of the address byte = read, auto-increment).
// The driver probes WHO_AM_I, configures ranges, burst-reads the FIFO frame, decodes it with a
// DataView (little-endian int16) and applies a gyro bias calibration.

const enum Reg {
  WhoAmI = 0x0f,
  Ctrl1Xl = 0x10,
  Ctrl2G = 0x11,
  Ctrl3C = 0x12,
  Status = 0x1e,
  OutTempL = 0x20,
  OutXG = 0x22,
  OutXXl = 0x28,
}

const WHO_AM_I_VALUE = 0x6c;
const READ_BIT = 0x80;

interface SpiBus {
  transfer(tx: Uint8Array, rx: Uint8Array): void;
}

interface RegisterMap {
  read(addr: number): number;
  write(addr: number, value: number): void;
}

// The simulated chip: 128 registers, a pseudo-physical model updating outputs on each sample.
class SimImu implements RegisterMap, SpiBus {
  private readonly regs = new Uint8Array(128);
  private readonly view = new DataView(this.regs.buffer);
  private sampleNo = 0;
  transfers = 0;

  constructor() {
    this.regs[Reg.WhoAmI] = WHO_AM_I_VALUE;
    this.regs[Reg.Ctrl3C] = 0x04; // IF_INC default on
  }

  read(addr: number): number {
    if (addr === Reg.Status) this.produceSample();
    return this.regs[addr & 0x7f];
  }
  write(addr: number, value: number): void {
    if (addr === Reg.WhoAmI) return; // read-only
    this.regs[addr & 0x7f] = value & 0xff;
  }

  transfer(tx: Uint8Array, rx: Uint8Array): void {
    this.transfers++;
    const cmd = tx[0];
    let addr = cmd & 0x7f;
    const reading = (cmd & READ_BIT) !== 0;
    const autoInc = (this.regs[Reg.Ctrl3C] & 0x04) !== 0;
    rx[0] = 0xff;
    for (let i = 1; i < tx.length; i++) {
      if (reading) rx[i] = this.read(addr);
      else this.write(addr, tx[i]);
      if (autoInc) addr = (addr + 1) & 0x7f;
    }
  }

  private produceSample(): void {
    const n = ++this.sampleNo;
    // triangle waves plus a constant gyro bias, raw counts
    const tri = (p: number, amp: number): number => {
      const ph = n % p;
      return ((ph < p / 2 ? ph : p - ph) * 4 * amp) / p - amp;
    };
    this.view.setInt16(Reg.OutTempL, 25 * 256 + n * 3, true);
    this.view.setInt16(Reg.OutXG, (tri(16, 3000) + 120) | 0, true);
    this.view.setInt16(Reg.OutXG + 2, (tri(24, 1500) - 75) | 0, true);
    this.view.setInt16(Reg.OutXG + 4, (-tri(10, 800) + 33) | 0, true);
    this.view.setInt16(Reg.OutXXl, tri(20, 4000) | 0, true);
    this.view.setInt16(Reg.OutXXl + 2, (-tri(12, 2000)) | 0, true);
    this.view.setInt16(Reg.OutXXl + 4, 8192 + ((n * 37) % 200) - 100, true);
    this.regs[Reg.Status] = 0x07;
  }
}

class ImuError extends Error {
  constructor(message: string, readonly register: number) {
    super(message);
    this.name = "ImuError";
  }
}

type Vec3 = { x: number; y: number; z: number };

interface ImuSample {
  accel: Vec3; // g
  gyro: Vec3; // dps
  tempC: number;
}

enum AccelRange { G2 = 0, G16 = 1, G4 = 2, G8 = 3 }
enum GyroRange { Dps250 = 0, Dps500 = 1, Dps1000 = 2, Dps2000 = 3 }

const ACCEL_SENS: Record<AccelRange, number> = { [AccelRange.G2]: 0.061, [AccelRange.G16]: 0.488, [AccelRange.G4]: 0.122, [AccelRange.G8]: 0.244 };
const GYRO_SENS = [8.75, 17.5, 35, 70];

class ImuDriver {
  private readonly tx = new Uint8Array(16);
  private readonly rx = new Uint8Array(16);
  private bias: Vec3 = { x: 0, y: 0, z: 0 };
  private accelSens = 0;
  private gyroSens = 0;

  constructor(private readonly bus: SpiBus) {}

  private readRegs(addr: number, count: number): Uint8Array {
    this.tx.fill(0);
    this.tx[0] = addr | READ_BIT;
    const tx = this.tx.subarray(0, count + 1);
    const rx = this.rx.subarray(0, count + 1);
    this.bus.transfer(tx, rx);
    return rx.slice(1);
  }
  private writeReg(addr: number, value: number): void {
    const frame = Uint8Array.of(addr & 0x7f, value);
    this.bus.transfer(frame, new Uint8Array(2));
  }
  readReg(addr: number): number {
    return this.readRegs(addr, 1)[0];
  }
  dump(addr: number, count: number): string {
    return Array.from(this.readRegs(addr, count)).map((b) => b.toString(16).padStart(2, "0")).join(" ");
  }

  init(accel: AccelRange, gyro: GyroRange, odrCode = 4): void {
    const id = this.readReg(Reg.WhoAmI);
    console.log("WHO_AM_I", "0x" + id.toString(16));
    if (id !== WHO_AM_I_VALUE) throw new ImuError(`bad id 0x${id.toString(16)}`, Reg.WhoAmI);
    this.writeReg(Reg.Ctrl1Xl, (odrCode << 4) | (accel << 2));
    this.writeReg(Reg.Ctrl2G, (odrCode << 4) | (gyro << 2));
    const back = this.readRegs(Reg.Ctrl1Xl, 2);
    console.log("CTRL1/2", back[0].toString(2).padStart(8, "0"), back[1].toString(2).padStart(8, "0"));
    if (((back[0] >> 2) & 3) !== accel) throw new ImuError("accel range readback", Reg.Ctrl1Xl);
    if (((back[1] >> 2) & 3) !== gyro) throw new ImuError(`gyro range readback ${(back[1] >> 2) & 3} != ${gyro}`, Reg.Ctrl2G);
    this.accelSens = ACCEL_SENS[accel];
    this.gyroSens = GYRO_SENS[gyro];
    console.log(`ranges ${AccelRange[accel]} ${GyroRange[gyro]} sens ${this.accelSens} ${this.gyroSens}`);
  }

  sample(): ImuSample | null {
    const status = this.readReg(Reg.Status);
    if ((status & 0x03) !== 0x03) return null;
    const raw = this.readRegs(Reg.OutTempL, 14);
    const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const g = (i: number): number => (dv.getInt16(2 + i * 2, true) * this.gyroSens) / 1000;
    const a = (i: number): number => (dv.getInt16(8 + i * 2, true) * this.accelSens) / 1000;
    return {
      tempC: 25 + (dv.getInt16(0, true) - 25 * 256) / 256,
      gyro: { x: g(0) - this.bias.x, y: g(1) - this.bias.y, z: g(2) - this.bias.z },
      accel: { x: a(0), y: a(1), z: a(2) },
    };
  }

  calibrate(samples: number): Vec3 {
    const sum = new Float64Array(3);
    this.bias = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < samples; i++) {
      const s = this.sample();
      if (!s) continue;
      sum[0] += s.gyro.x;
      sum[1] += s.gyro.y;
      sum[2] += s.gyro.z;
    }
    const [bx, by, bz] = Array.from(sum, (v) => v / samples);
    this.bias = { x: bx, y: by, z: bz };
    return this.bias;
  }
}

function fmt(v: Vec3, digits = 3): string {
  return [v.x, v.y, v.z].map((c) => c.toFixed(digits).padStart(digits + 5)).join(" ");
}

function main(): void {
  const chip = new SimImu();
  const drv = new ImuDriver(chip);
  drv.init(AccelRange.G4, GyroRange.Dps500);

  const bias = drv.calibrate(48);
  console.log("bias", fmt(bias, 4));

  let norm = 0;
  let maxRate = 0;
  const hist = new Uint16Array(8);
  for (let i = 0; i < 24; i++) {
    const s = drv.sample();
    if (s === null) {
      console.log("no data", i);
      continue;
    }
    const { accel, gyro, tempC } = s;
    const mag = Math.sqrt(accel.x * accel.x + accel.y * accel.y + accel.z * accel.z);
    norm += mag;
    maxRate = Math.max(maxRate, Math.abs(gyro.x), Math.abs(gyro.y), Math.abs(gyro.z));
    hist[Math.min(7, (mag * 4) | 0)]++;
    console.log(i, "a", fmt(accel), "g", fmt(gyro, 2), "T", tempC.toFixed(2), mag.toFixed(5));
  }
  console.log("mean |a|", (norm / 24).toFixed(6), "max rate", maxRate);
  console.log("hist", Array.from(hist).join(","));
  console.log("transfers", chip.transfers, "raw status", chip.read(Reg.Status).toString(16));

  // error path: a bus where WHO_AM_I reads back wrong
  const broken = new SimImu();
  broken.write(Reg.Ctrl3C, 0x00); // auto-increment off: burst reads repeat one register
  const drv2 = new ImuDriver(broken);
  console.log("burst without IF_INC", drv2.dump(Reg.WhoAmI, 4), "with", drv.dump(Reg.WhoAmI, 4));
  try {
    drv2.init(AccelRange.G16, GyroRange.Dps2000, 6);
    console.log("unreachable");
  } catch (e) {
    if (e instanceof ImuError) console.log("ImuError", e.message, "reg", e.register.toString(16));
    else throw e;
  }
  try {
    const bad = new ImuDriver({ transfer: (_tx: Uint8Array, rx: Uint8Array) => rx.fill(0x5a) });
    bad.init(AccelRange.G2, GyroRange.Dps250);
  } catch (e) {
    console.log(e instanceof ImuError ? `${e.name}: ${e.message} @0x${e.register.toString(16)}` : "other");
  }
}

main();
