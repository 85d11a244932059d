// Modbus RTU slave as found in a small PLC I/O module: parses request frames from the RS-485
// line, checks CRC-16/MODBUS, serves function codes 3 (read holding registers), 6 (write single
// register) and 16 (write multiple registers) from a register map, and answers exceptions.

const enum FunctionCode {
  ReadHolding = 0x03,
  WriteSingle = 0x06,
  WriteMultiple = 0x10,
}

enum ExceptionCode {
  IllegalFunction = 1,
  IllegalDataAddress = 2,
  IllegalDataValue = 3,
  SlaveDeviceFailure = 4,
}

class ModbusException extends Error {
  constructor(readonly code: ExceptionCode, detail: string) {
    super(`exception ${ExceptionCode[code]}: ${detail}`);
  }
}

class FrameError extends Error {}

const CRC_TABLE = new Uint16Array(256);
(function buildTable() {
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    CRC_TABLE[i] = c;
  }
})();

function crc16(bytes: Uint8Array, len: number = bytes.length): number {
  let crc = 0xffff;
  for (let i = 0; i < len; i++) {
    crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ bytes[i]) & 0xff];
  }
  return crc & 0xffff;
}

function hex(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (const b of bytes) parts.push(b.toString(16).padStart(2, "0"));
  return parts.join(" ");
}

interface RegisterRange {
  readonly start: number;
  readonly count: number;
  readonly writable: boolean;
}

class RegisterMap {
  private readonly regs: Uint16Array;
  private writes = 0;
  constructor(private readonly ranges: RegisterRange[], size: number) {
    this.regs = new Uint16Array(size);
  }
  get writeCount(): number {
    return this.writes;
  }
  private find(addr: number, n: number): RegisterRange | undefined {
    return this.ranges.find((r) => addr >= r.start && addr + n <= r.start + r.count);
  }
  read(addr: number, n: number): number[] {
    if (!this.find(addr, n)) throw new ModbusException(ExceptionCode.IllegalDataAddress, `read ${addr}+${n}`);
    return Array.from(this.regs.subarray(addr, addr + n));
  }
  write(addr: number, values: number[]): void {
    const range = this.find(addr, values.length);
    if (!range) throw new ModbusException(ExceptionCode.IllegalDataAddress, `write ${addr}+${values.length}`);
    if (!range.writable) throw new ModbusException(ExceptionCode.SlaveDeviceFailure, `read-only at ${addr}`);
    values.forEach((v, i) => {
      this.regs[addr + i] = v;
      this.writes++;
    });
  }
  poke(addr: number, v: number): void {
    this.regs[addr] = v;
  }
}

class ModbusSlave {
  private served = 0;
  private errors = 0;
  constructor(readonly address: number, private readonly map: RegisterMap) {}

  get stats(): string {
    return `served=${this.served} errors=${this.errors} writes=${this.map.writeCount}`;
  }

  private seal(body: number[]): Uint8Array {
    const out = new Uint8Array(body.length + 2);
    out.set(body);
    const crc = crc16(out, body.length);
    out[body.length] = crc & 0xff;
    out[body.length + 1] = crc >>> 8;
    return out;
  }

  handle(frame: Uint8Array): Uint8Array | null {
    if (frame.length < 4) throw new FrameError(`short frame (${frame.length} bytes)`);
    const crc = crc16(frame, frame.length - 2);
    const got = frame[frame.length - 2] | (frame[frame.length - 1] << 8);
    if (crc !== got) throw new FrameError(`crc mismatch: want ${crc.toString(16)} got ${got.toString(16)}`);
    const [addr, fc] = frame;
    if (addr !== this.address && addr !== 0) return null;
    const view = new DataView(frame.buffer, frame.byteOffset, frame.length - 2);
    try {
      const body = this.dispatch(fc, view);
      this.served++;
      return addr === 0 ? null : this.seal([this.address, fc, ...body]);
    } catch (e) {
      if (e instanceof ModbusException) {
        this.errors++;
        console.log("  ->", e.message);
        return this.seal([this.address, fc | 0x80, e.code]);
      }
      throw e;
    }
  }

  private dispatch(fc: number, v: DataView): number[] {
    switch (fc) {
      case FunctionCode.ReadHolding: {
        const start = v.getUint16(2);
        const qty = v.getUint16(4);
        if (qty < 1 || qty > 125) throw new ModbusException(ExceptionCode.IllegalDataValue, `qty ${qty}`);
        const values = this.map.read(start, qty);
        const out: number[] = [qty * 2];
        for (const r of values) out.push(r >>> 8, r & 0xff);
        return out;
      }
      case FunctionCode.WriteSingle: {
        const start = v.getUint16(2);
        const value = v.getUint16(4);
        this.map.write(start, [value]);
        return [start >> 8, start & 0xff, value >> 8, value & 0xff];
      }
      case FunctionCode.WriteMultiple: {
        const start = v.getUint16(2);
        const qty = v.getUint16(4);
        const byteCount = v.getUint8(6);
        if (byteCount !== qty * 2 || v.byteLength < 7 + byteCount) {
          throw new ModbusException(ExceptionCode.IllegalDataValue, `byte count ${byteCount} for ${qty}`);
        }
        const values: number[] = [];
        for (let i = 0; i < qty; i++) values.push(v.getUint16(7 + i * 2));
        this.map.write(start, values);
        return [start >> 8, start & 0xff, qty >> 8, qty & 0xff];
      }
      default:
        throw new ModbusException(ExceptionCode.IllegalFunction, `fc 0x${fc.toString(16)}`);
    }
  }
}

function request(slave: number, fc: number, ...payload: number[]): Uint8Array {
  const body = [slave, fc, ...payload];
  const out = new Uint8Array(body.length + 2);
  body.forEach((b, i) => (out[i] = b & 0xff));
  const crc = crc16(out, body.length);
  out[body.length] = crc & 0xff;
  out[body.length + 1] = (crc >> 8) & 0xff;
  return out;
}

const u16 = (v: number): [number, number] => [(v >> 8) & 0xff, v & 0xff];

function main(): void {
  console.log("crc of '123456789':", crc16(new Uint8Array([0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39])).toString(16));
  const map = new RegisterMap(
    [
      { start: 0, count: 16, writable: false },
      { start: 100, count: 32, writable: true },
    ],
    200,
  );
  for (let i = 0; i < 16; i++) map.poke(i, Math.imul(i + 1, 0x1357) & 0xffff);
  const slave = new ModbusSlave(0x11, map);

  const frames: Uint8Array[] = [
    request(0x11, 3, ...u16(0), ...u16(4)),
    request(0x11, 3, ...u16(12), ...u16(4)),
    request(0x11, 3, ...u16(14), ...u16(4)),
    request(0x11, 6, ...u16(101), ...u16(0xbeef)),
    request(0x11, 6, ...u16(3), ...u16(1)),
    request(0x11, 16, ...u16(104), ...u16(3), 6, ...u16(1000), ...u16(2000), ...u16(65535)),
    request(0x11, 16, ...u16(110), ...u16(2), 3, 1, 2, 3),
    request(0x11, 3, ...u16(100), ...u16(8)),
    request(0x11, 0x2b, 0x0e, 1, 0),
    request(0x12, 3, ...u16(0), ...u16(1)),
    request(0x00, 6, ...u16(120), ...u16(42)),
    request(0x11, 3, ...u16(120), ...u16(1)),
    request(0x11, 3, ...u16(0), ...u16(0)),
  ];
  const corrupted = request(0x11, 3, 0, 0, 0, 1);
  corrupted[3] ^= 0x40;
  frames.push(corrupted, new Uint8Array([0x11, 0x03]));

  frames.forEach((frame, n) => {
    console.log(`#${n} rx ${hex(frame)}`);
    try {
      const reply = slave.handle(frame);
      if (reply === null) {
        console.log("  (no reply)");
      } else {
        console.log(`  tx ${hex(reply)}`, reply.length, (reply[1] & 0x80) !== 0);
        const check = crc16(reply);
        console.log("  reply crc residue", check, check === 0);
      }
    } catch (e) {
      if (e instanceof FrameError) console.log("  frame error:", e.message, e.name);
      else throw e;
    } finally {
      if (n % 5 === 4) console.log("  stats", slave.stats);
    }
  });
  console.log("final", slave.stats);
  const snapshot = map.read(100, 10);
  console.log("regs 100..109", snapshot.join(","), snapshot.reduce((a, b) => a + b, 0));
}

main();
