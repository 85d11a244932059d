/**
 * Board support for the Sipeed Maix Bit (Kendryte K210): `import { serial, leds } from 'helix-sdk/board'`.
 * The UARTHS is the USB serial port; the RGB LED (active low) is on IO pads 13 (red), 12 (green)
 * and 14 (blue). Interrupt lines are PLIC source numbers.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { SifiveUart } from '../drivers/sifive-uart.ts';
import { K210Leds } from '../drivers/k210-gpiohs.ts';

export const UARTHS_IRQ: InterruptLine = { name: 'uarths', line: 33 };

export const serial = new SifiveUart(0x3800_0000, UARTHS_IRQ);
export const leds = new K210Leds([13, 12, 14], 0, true);
