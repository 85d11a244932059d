/**
 * Board support for Arm MPS2 AN386 (QEMU mps2-an386): `import { serial, leds } from 'helix-sdk/board'`.
 * Interrupt lines are NVIC IRQ numbers from the AN386 memory map.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { ms } from '../api/tasks.ts';
import { CmsdkUart } from '../drivers/cmsdk-uart.ts';
import { CmsdkTimer } from '../drivers/cmsdk-timer.ts';
import { Mps2Leds } from '../drivers/mps2-fpgaio.ts';

export const UART0_RX: InterruptLine = { name: 'uart0-rx', line: 0 };
export const TIMER0: InterruptLine = { name: 'timer0', line: 8 };
export const TIMER1: InterruptLine = { name: 'timer1', line: 9 };
export const DUALTIMER_IRQ: InterruptLine = { name: 'dualtimer', line: 10 };

/** UART0, the console's port. Soft-float makes a received byte cost ~0.4 ms of this 25 MHz CPU: a burst needs room. */
export const serial = new CmsdkUart(0x4000_4000, UART0_RX, { handlerBudget: ms(4), minInterval: ms(16) });
/** The two user LEDs of the FPGA I/O block. */
export const leds = new Mps2Leds(0x4002_8000, 2);
/** CMSDK timer 0, clocked at 25 MHz. */
export const timer = new CmsdkTimer(0x4000_0000, TIMER0, 25_000_000);
