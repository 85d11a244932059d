/**
 * Board support for a PC (QEMU x86_64): `import { serial } from 'helix-sdk/board'`.
 * Interrupt lines are I/O APIC pins (ISA IRQ numbers).
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { Ns16550 } from '../drivers/ns16550.ts';

export const COM1_RX: InterruptLine = { name: 'com1', line: 4 };

/** COM1 at I/O port 0x3F8, the console's port. */
export const serial = new Ns16550(0x3f8, COM1_RX);
