/**
 * Board support for the Netduino Plus 2 (STM32F405) as QEMU models it:
 * `import { serial } from 'helix-sdk/board'`. Interrupt lines are NVIC IRQ numbers.
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { ms } from '../api/tasks.ts';
import { Stm32Usart } from '../drivers/stm32-usart.ts';
import { Stm32Timer } from '../drivers/stm32-timer.ts';

export const USART1_IRQ: InterruptLine = { name: 'usart1', line: 37 };
export const USART2_IRQ: InterruptLine = { name: 'usart2', line: 38 };
export const TIM5_IRQ: InterruptLine = { name: 'tim5', line: 50 };

/** USART1, the console's port (QEMU's first serial port). */
export const serial = new Stm32Usart(0x4001_1000, USART1_IRQ, { handlerBudget: ms(1), minInterval: ms(4) });

/**
 * TIM5 (32 bits; TIM2 is the kernel's clock). QEMU clocks the STM32 timers at 1 GHz of virtual
 * time (the real part: 84 MHz), and its model computes expiries right only without a prescaler,
 * which 32 bits allow for periods up to 4.2 s.
 */
export const timer = new Stm32Timer(0x4000_0C00, TIM5_IRQ, 1_000_000_000, 32);

/** USART2, QEMU's second serial port (its baud rate and pins are left unset: QEMU needs neither). */
export const serial2 = new Stm32Usart(0x4000_4400, USART2_IRQ, { handlerBudget: ms(1), minInterval: ms(4) });
