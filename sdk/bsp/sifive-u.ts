/**
 * Board support for QEMU's sifive_u (SiFive FU540): `import { serial } from 'helix-sdk/board'`.
 * Interrupt lines are PLIC source numbers.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { SifiveUart } from '../drivers/sifive-uart.ts';

export const UART0_IRQ: InterruptLine = { name: 'uart0', line: 4 };

/** UART0, the console's port. */
export const serial = new SifiveUart(0x1001_0000, UART0_IRQ);
