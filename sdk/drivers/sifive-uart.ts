/**
 * SiFive UART (QEMU sifive_u, FU540; the K210's UARTHS is the same IP):
 * polled transmission, interrupt-driven reception. Reading rxdata takes the
 * byte, so "is a byte waiting" keeps what it read for rxByte().
 */
import type { Field, Peripheral, Register } from '../api/registers.ts';
import { SerialPort } from './serial.ts';

export type SifiveUartRegisters = Peripheral<{
  TXDATA: Register<0x00, 'rw', { DATA: Field<0, 8>; FULL: Field<31, 1> }>;
  /** reading it takes a byte from the FIFO */
  RXDATA: Register<0x04, 'ro', { DATA: Field<0, 8>; EMPTY: Field<31, 1> }>;
  TXCTRL: Register<0x08, 'rw', { TXEN: Field<0, 1>; NSTOP: Field<1, 1>; TXCNT: Field<16, 3> }>;
  RXCTRL: Register<0x0c, 'rw', { RXEN: Field<0, 1>; RXCNT: Field<16, 3> }>;
  IE: Register<0x10, 'rw', { TXWM: Field<0, 1>; RXWM: Field<1, 1> }>;
  IP: Register<0x14, 'ro', { TXWM: Field<0, 1>; RXWM: Field<1, 1> }>;
  DIV: Register<0x18, 'rw', { DIV: Field<0, 16> }>;
}>;

export class SifiveUart extends SerialPort<SifiveUartRegisters> {
  private waiting = -1; // a byte read by rxReady(), not yet taken

  protected enable(): void {
    this.regs.TXCTRL.set('TXEN', 1);
    this.regs.RXCTRL.modify({ RXEN: 1, RXCNT: 0 }); // interrupt while more than 0 bytes wait
  }

  protected enableRxInterrupt(): void {
    this.regs.IE.writeFields({ RXWM: 1 });
  }

  // The receive watermark interrupt ends when the FIFO is drained: nothing to clear.

  protected rxReady(): boolean {
    if (this.waiting < 0) {
      const v = this.regs.RXDATA.read();
      if (v < 0x80000000) this.waiting = v & 0xff;
    }
    return this.waiting >= 0;
  }

  protected rxByte(): number {
    const b = this.waiting;
    this.waiting = -1;
    return b;
  }

  protected txReady(): boolean {
    return this.regs.TXDATA.get('FULL') === 0;
  }

  protected txByte(byte: number): void {
    this.regs.TXDATA.write(byte);
  }
}
