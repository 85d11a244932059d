/**
 * STM32F4 USART (USART1/2/3/6, UART4/5): polled transmission, interrupt-driven
 * reception. The early console (C) has already set the baud rate, clocks and pins.
 */
import type { Field, Peripheral, Register } from '../api/registers.ts';
import { SerialPort } from './serial.ts';

/** The register block (RM0090, USART registers). */
export type Stm32UsartRegisters = Peripheral<{
  SR: Register<0x00, 'rw', {
    PE: Field<0, 1>; FE: Field<1, 1>; NF: Field<2, 1>; ORE: Field<3, 1>; IDLE: Field<4, 1>;
    RXNE: Field<5, 1>; TC: Field<6, 1>; TXE: Field<7, 1>; LBD: Field<8, 1>; CTS: Field<9, 1>;
  }>;
  DR: Register<0x04, 'rw', { DATA: Field<0, 9> }>;
  BRR: Register<0x08, 'rw', { FRACTION: Field<0, 4>; MANTISSA: Field<4, 12> }>;
  CR1: Register<0x0c, 'rw', {
    SBK: Field<0, 1>; RWU: Field<1, 1>; RE: Field<2, 1>; TE: Field<3, 1>; IDLEIE: Field<4, 1>; RXNEIE: Field<5, 1>;
    TCIE: Field<6, 1>; TXEIE: Field<7, 1>; PEIE: Field<8, 1>; PS: Field<9, 1>; PCE: Field<10, 1>; WAKE: Field<11, 1>;
    M: Field<12, 1>; UE: Field<13, 1>; OVER8: Field<15, 1>;
  }>;
  CR2: Register<0x10, 'rw', { STOP: Field<12, 2> }>;
  CR3: Register<0x14, 'rw', { EIE: Field<0, 1>; RTSE: Field<8, 1>; CTSE: Field<9, 1> }>;
}>;

export class Stm32Usart extends SerialPort<Stm32UsartRegisters> {
  protected enable(): void {
    this.regs.CR1.modify({ UE: 1, TE: 1, RE: 1 });
  }

  protected enableRxInterrupt(): void {
    this.regs.CR1.set('RXNEIE', 1);
  }

  // Reading DR clears RXNE, the receive interrupt's condition: nothing to clear here.

  protected rxReady(): boolean {
    return this.regs.SR.get('RXNE') === 1;
  }

  protected rxOverrun(): boolean {
    return this.regs.SR.get('ORE') === 1; // cleared by the read of DR that follows
  }

  protected rxByte(): number {
    return this.regs.DR.get('DATA') & 0xff;
  }

  protected txReady(): boolean {
    return this.regs.SR.get('TXE') === 1;
  }

  protected txByte(byte: number): void {
    this.regs.DR.write(byte);
  }
}
