/**
 * Board support for ST's NUCLEO-F411RE: `import { serial, leds, button, timer } from 'helix-sdk/board'`.
 * USART2 (PA2/PA3) is the ST-LINK virtual COM port; LD2 is on PA5, B1 on PC13 (pressed = low).
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { Stm32Usart } from '../drivers/stm32-usart.ts';
import { Stm32Timer } from '../drivers/stm32-timer.ts';
import { Stm32Button, Stm32GpioLeds } from '../drivers/stm32-gpio.ts';

export const USART2_IRQ: InterruptLine = { name: 'usart2', line: 38 };
export const TIM5_IRQ: InterruptLine = { name: 'tim5', line: 50 };

export const serial = new Stm32Usart(0x4000_4400, USART2_IRQ);
export const leds = new Stm32GpioLeds([{ port: 'A', pin: 5 }]);
export const button = new Stm32Button({ port: 'C', pin: 13 }, true);
/** TIM5 (32 bits) on APB1's timer clock, 100 MHz with the board file's clock tree. */
export const timer = new Stm32Timer(0x4000_0C00, TIM5_IRQ, 100_000_000, 32);
