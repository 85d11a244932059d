/**
 * Arm CMSDK APB UART (MPS2 boards): polled transmission, interrupt-driven
 * reception. Its receive interrupt is its own line (UART0: IRQ 0).
 */
import type { Field, Peripheral, Register } from '../api/registers.ts';
import { SerialPort } from './serial.ts';

/** The register block (Arm CMSDK technical reference, APB UART). */
export type CmsdkUartRegisters = Peripheral<{
  DATA: Register<0x00, 'rw', { BYTE: Field<0, 8> }>;
  STATE: Register<0x04, 'rw', { TX_FULL: Field<0, 1>; RX_FULL: Field<1, 1>; TX_OVERRUN: Field<2, 1>; RX_OVERRUN: Field<3, 1> }>;
  CTRL: Register<0x08, 'rw', {
    TX_EN: Field<0, 1>; RX_EN: Field<1, 1>; TX_INT_EN: Field<2, 1>; RX_INT_EN: Field<3, 1>;
    TX_OVERRUN_INT_EN: Field<4, 1>; RX_OVERRUN_INT_EN: Field<5, 1>;
  }>;
  /** reads the pending interrupts; writing 1 clears one (INTCLEAR) */
  INTSTATUS: Register<0x0c, 'rw', { TX: Field<0, 1>; RX: Field<1, 1>; TX_OVERRUN: Field<2, 1>; RX_OVERRUN: Field<3, 1> }>;
  BAUDDIV: Register<0x10, 'rw', { DIV: Field<0, 20> }>;
}>;

export class CmsdkUart extends SerialPort<CmsdkUartRegisters> {
  protected enable(): void {
    this.regs.CTRL.modify({ TX_EN: 1, RX_EN: 1 });
  }

  protected enableRxInterrupt(): void {
    this.regs.CTRL.set('RX_INT_EN', 1);
  }

  protected clearRxInterrupt(): void {
    this.regs.INTSTATUS.writeFields({ RX: 1 });
  }

  protected rxReady(): boolean {
    return this.regs.STATE.get('RX_FULL') === 1;
  }

  protected rxOverrun(): boolean {
    if (this.regs.STATE.get('RX_OVERRUN') === 0) return false;
    this.regs.STATE.writeFields({ RX_OVERRUN: 1 }); // write 1 to clear
    return true;
  }

  protected rxByte(): number {
    return this.regs.DATA.get('BYTE');
  }

  protected txReady(): boolean {
    return this.regs.STATE.get('TX_FULL') === 0;
  }

  protected txByte(byte: number): void {
    this.regs.DATA.write(byte);
  }
}
