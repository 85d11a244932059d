/**
 * Board support for QEMU's riscv64 virt machine: `import { serial } from 'helix-sdk/board'`.
 * Interrupt lines are PLIC source numbers.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { Ns16550 } from '../drivers/ns16550.ts';

export const UART0_RX: InterruptLine = { name: 'uart0', line: 10 };

/** The NS16550A UART, the console's port. */
export const serial = new Ns16550(0x1000_0000, UART0_RX);
