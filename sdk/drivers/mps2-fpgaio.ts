/**
 * The MPS2 FPGA I/O block's user LEDs (LED0 register, one bit per LED).
 * QEMU models the register and traces changes with `-trace mps2_fpgaio_leds`.
 */
import { peripheral, type Field, type Peripheral, type Register } from '../api/registers.ts';
import { LedRow } from './leds.ts';

export type Mps2FpgaioRegisters = Peripheral<{
  LED0: Register<0x00, 'rw', { LEDS: Field<0, 2> }>;
  BUTTON: Register<0x08, 'ro', { BUTTONS: Field<0, 2> }>;
  CLK1HZ: Register<0x10, 'rw'>;
  CLK100HZ: Register<0x14, 'rw'>;
  COUNTER: Register<0x18, 'rw'>;
}>;

export class Mps2Leds extends LedRow {
  private readonly regs: Mps2FpgaioRegisters;
  private readonly leds: number;

  constructor(base: number, count: number) {
    super();
    this.regs = peripheral<Mps2FpgaioRegisters>(base);
    this.leds = count;
  }

  count(): number {
    return this.leds;
  }

  set(index: number, on: boolean): void {
    if (index < 0 || index >= this.leds) return;
    const bit = 1 << index;
    this.regs.LED0.modify({ LEDS: on ? this.pattern() | bit : this.pattern() & ~bit });
  }

  isOn(index: number): boolean {
    return index >= 0 && index < this.leds && ((this.pattern() >> index) & 1) === 1;
  }

  /** All LEDs in one read of the register. */
  pattern(): number {
    return this.regs.LED0.get('LEDS');
  }
}
