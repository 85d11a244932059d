/**
 * Kendryte K210 high-speed GPIO (GPIOHS) with the FPIOA pin multiplexer: any
 * of the 48 IO pads can carry one of the 32 GPIOHS lines. Used for the LEDs of
 * K210 boards. Assumes the boot ROM's clock set-up, which leaves the FPIOA and
 * GPIOHS clocked.
 */
import { peripheral, type Field, type Peripheral, type Register } from '../api/registers.ts';
import { LedRow } from './leds.ts';

/** One pad's configuration in the FPIOA (one register per IO pad, 4 bytes apart). */
export type K210PadRegister = Peripheral<{
  CONFIG: Register<0x00, 'rw', {
    FUNCTION: Field<0, 8>; DRIVE: Field<8, 4>; OUTPUT_ENABLE: Field<12, 1>; OUTPUT_INVERT: Field<13, 1>;
    OUTPUT_FROM_FUNCTION: Field<14, 1>; INPUT_ENABLE: Field<20, 1>; PULL_UP: Field<17, 1>; PULL_DOWN: Field<16, 1>;
  }>;
}>;

export type K210GpiohsRegisters = Peripheral<{
  INPUT_VALUE: Register<0x00, 'ro'>;
  INPUT_ENABLE: Register<0x04, 'rw'>;
  OUTPUT_ENABLE: Register<0x08, 'rw'>;
  OUTPUT_VALUE: Register<0x0c, 'rw'>;
}>;

const FPIOA = 0x502b_0000;
const GPIOHS = 0x3800_1000;
const FUNCTION_GPIOHS0 = 24;
const gpiohs = peripheral<K210GpiohsRegisters>(GPIOHS);

/** LEDs on IO pads, each routed to its own GPIOHS line (`firstLine`, `firstLine + 1`, ...). */
export class K210Leds extends LedRow {
  private readonly lines: number[] = [];
  private readonly activeLow: boolean;

  constructor(pads: number[], firstLine: number, activeLow: boolean) {
    super();
    this.activeLow = activeLow;
    for (let i = 0; i < pads.length; i++) {
      const line = firstLine + i;
      const pad = peripheral<K210PadRegister>(FPIOA + 4 * pads[i]);
      pad.CONFIG.writeFields({ FUNCTION: FUNCTION_GPIOHS0 + line, DRIVE: 15, OUTPUT_ENABLE: 1, OUTPUT_FROM_FUNCTION: 1 });
      gpiohs.OUTPUT_ENABLE.write(gpiohs.OUTPUT_ENABLE.read() | (1 << line));
      this.lines.push(line);
    }
    for (let i = 0; i < this.lines.length; i++) this.set(i, false);
  }

  count(): number {
    return this.lines.length;
  }

  set(index: number, on: boolean): void {
    if (index < 0 || index >= this.lines.length) return;
    const bit = 1 << this.lines[index];
    const high = on !== this.activeLow;
    const v = gpiohs.OUTPUT_VALUE.read();
    gpiohs.OUTPUT_VALUE.write(high ? v | bit : v & ~bit);
  }

  isOn(index: number): boolean {
    if (index < 0 || index >= this.lines.length) return false;
    const high = ((gpiohs.OUTPUT_VALUE.read() >>> this.lines[index]) & 1) === 1;
    return high !== this.activeLow;
  }


}
