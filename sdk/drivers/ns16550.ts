/**
 * NS16550A-compatible UART (QEMU riscv64 virt at 0x1000_0000, PC COM1 at I/O
 * port 0x3F8): polled transmission, interrupt-driven reception. Registers are
 * 8 bits wide, one byte apart.
 */
import type { Field, Peripheral, Register } from '../api/registers.ts';
import { SerialPort } from './serial.ts';

/** The register block with DLAB = 0 (the divisor latches, DLAB = 1, are left as the early console set them). */
export type Ns16550Registers = Peripheral<{
  /** receive buffer (read) and transmit holding register (write) */
  DATA: Register<0, 'rw', { BYTE: Field<0, 8> }, 8>;
  IER: Register<1, 'rw', { RX_AVAILABLE: Field<0, 1>; TX_EMPTY: Field<1, 1>; LINE_STATUS: Field<2, 1>; MODEM_STATUS: Field<3, 1> }, 8>;
  IIR: Register<2, 'ro', { NOT_PENDING: Field<0, 1>; ID: Field<1, 3> }, 8>;
  MCR: Register<4, 'rw', { DTR: Field<0, 1>; RTS: Field<1, 1>; OUT1: Field<2, 1>; OUT2: Field<3, 1>; LOOP: Field<4, 1> }, 8>;
  LSR: Register<5, 'ro', { DATA_READY: Field<0, 1>; OVERRUN: Field<1, 1>; THR_EMPTY: Field<5, 1>; TX_IDLE: Field<6, 1> }, 8>;
}>;

export class Ns16550 extends SerialPort<Ns16550Registers> {
  protected enable(): void {
    this.regs.MCR.modify({ DTR: 1, RTS: 1, OUT2: 1 }); // OUT2 gates the interrupt line on PCs
  }

  protected enableRxInterrupt(): void {
    this.regs.IER.writeFields({ RX_AVAILABLE: 1 });
  }

  // Reading the data register clears the receive interrupt: nothing to do here.

  protected rxReady(): boolean {
    return this.regs.LSR.get('DATA_READY') === 1;
  }

  protected rxOverrun(): boolean {
    return this.regs.LSR.get('OVERRUN') === 1; // reading LSR clears it
  }

  protected rxByte(): number {
    return this.regs.DATA.read();
  }

  protected txReady(): boolean {
    return this.regs.LSR.get('THR_EMPTY') === 1;
  }

  protected txByte(byte: number): void {
    this.regs.DATA.write(byte);
  }
}
