/**
 * Board support for ST's STM32F4DISCOVERY (STM32F407VG):
 * `import { serial, leds, button, timer } from 'helix-sdk/board'`.
 * USART2 on PA2/PA3 (connect a 3.3 V serial adapter); LEDs LD4-LD6 and LD3
 * (green, orange, red, blue) on PD12-PD15; the user button on PA0 (pressed = high).
 */
import type { InterruptLine } from '../api/interrupts.ts';
import { Stm32Usart } from '../drivers/stm32-usart.ts';
import { Stm32Timer } from '../drivers/stm32-timer.ts';
import { Stm32Button, Stm32GpioLeds } from '../drivers/stm32-gpio.ts';

export const USART2_IRQ: InterruptLine = { name: 'usart2', line: 38 };
export const TIM5_IRQ: InterruptLine = { name: 'tim5', line: 50 };

export const serial = new Stm32Usart(0x4000_4400, USART2_IRQ);
export const leds = new Stm32GpioLeds([
  { port: 'D', pin: 12 }, { port: 'D', pin: 13 }, { port: 'D', pin: 14 }, { port: 'D', pin: 15 },
]);
export const button = new Stm32Button({ port: 'A', pin: 0 }, false);
/** TIM5 (32 bits) on APB1's timer clock, 84 MHz with the board file's clock tree. */
export const timer = new Stm32Timer(0x4000_0C00, TIM5_IRQ, 84_000_000, 32);
