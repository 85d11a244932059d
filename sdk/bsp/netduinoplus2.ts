/**
 * Board support for the Netduino Plus 2 (STM32F405) as QEMU models it:
 * `import { serial } from 'helix-sdk/board'`. Interrupt lines are NVIC IRQ numbers.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { ms } from '../api/tasks.ts';
import { Stm32Usart } from '../drivers/stm32-usart.ts';

export const USART1_IRQ: InterruptLine = { name: 'usart1', line: 37 };
export const USART2_IRQ: InterruptLine = { name: 'usart2', line: 38 };

/** USART1, the console's port (QEMU's first serial port). */
export const serial = new Stm32Usart(0x4001_1000, USART1_IRQ, { handlerBudget: ms(1), minInterval: ms(4) });
