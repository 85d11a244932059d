/**
 * STM32F4 GPIO: LEDs on output pins and buttons on input pins. Ports are
 * 0x400 apart from GPIOA at 0x4002_0000; each port's clock is enabled in RCC
 * first. (QEMU's STM32 machines do not model GPIO: writes are ignored there.)
 */
import { peripheral, type Field, type Peripheral, type Register } from '../api/registers.ts';
import { LedRow } from './leds.ts';

/** One port's registers (RM0090, GPIO). Pins are 2-bit fields in MODER and PUPDR, bits in IDR/ODR. */
export type Stm32GpioRegisters = Peripheral<{
  MODER: Register<0x00, 'rw'>;
  OTYPER: Register<0x04, 'rw'>;
  OSPEEDR: Register<0x08, 'rw'>;
  PUPDR: Register<0x0c, 'rw'>;
  IDR: Register<0x10, 'ro'>;
  ODR: Register<0x14, 'rw'>;
  /** bits 0-15 set a pin, bits 16-31 reset it, in one write */
  BSRR: Register<0x18, 'wo'>;
}>;

/** The RCC register that clocks the GPIO ports. */
export type Stm32RccRegisters = Peripheral<{
  AHB1ENR: Register<0x30, 'rw', {
    GPIOA: Field<0, 1>; GPIOB: Field<1, 1>; GPIOC: Field<2, 1>; GPIOD: Field<3, 1>; GPIOE: Field<4, 1>; GPIOH: Field<7, 1>;
  }>;
}>;

const GPIOA = 0x4002_0000;
const rcc = peripheral<Stm32RccRegisters>(0x4002_3800);

/** A pin: port letter and number, e.g. { port: 'A', pin: 5 }. */
export interface Stm32Pin {
  port: 'A' | 'B' | 'C' | 'D' | 'E' | 'H';
  pin: number;
}

function portIndex(p: Stm32Pin): number {
  return p.port.charCodeAt(0) - 65;
}

function portOf(p: Stm32Pin): Stm32GpioRegisters {
  rcc.AHB1ENR.write(rcc.AHB1ENR.read() | (1 << portIndex(p))); // clock the port
  return peripheral<Stm32GpioRegisters>(GPIOA + 0x400 * portIndex(p));
}

/** 2-bit field `value` for pin `pin` in a MODER/PUPDR-style register value. */
function withPinField(register: number, pin: number, value: number): number {
  return ((register & ~(3 << (2 * pin))) | (value << (2 * pin))) >>> 0;
}

/** LEDs on push-pull outputs; `activeLow` for LEDs wired to the supply. */
export class Stm32GpioLeds extends LedRow {
  private readonly ports: Stm32GpioRegisters[] = [];
  private readonly pins: number[] = [];
  private readonly activeLow: boolean;

  constructor(pins: Stm32Pin[], activeLow = false) {
    super();
    this.activeLow = activeLow;
    for (const p of pins) {
      const port = portOf(p);
      port.MODER.write(withPinField(port.MODER.read(), p.pin, 1)); // general-purpose output
      this.ports.push(port);
      this.pins.push(p.pin);
    }
  }

  count(): number {
    return this.pins.length;
  }

  set(index: number, on: boolean): void {
    if (index < 0 || index >= this.pins.length) return;
    const high = on !== this.activeLow;
    this.ports[index].BSRR.write(high ? 1 << this.pins[index] : 1 << (this.pins[index] + 16));
  }

  isOn(index: number): boolean {
    if (index < 0 || index >= this.pins.length) return false;
    const high = ((this.ports[index].ODR.read() >> this.pins[index]) & 1) === 1;
    return high !== this.activeLow;
  }


}

/** A push-button on an input pin (with the internal pull-up or pull-down). */
export class Stm32Button {
  private readonly port: Stm32GpioRegisters;
  private readonly pin: number;
  private readonly activeLow: boolean;

  constructor(p: Stm32Pin, activeLow: boolean) {
    this.port = portOf(p);
    this.pin = p.pin;
    this.activeLow = activeLow;
    this.port.MODER.write(withPinField(this.port.MODER.read(), p.pin, 0)); // input
    this.port.PUPDR.write(withPinField(this.port.PUPDR.read(), p.pin, activeLow ? 1 : 2)); // pull-up : pull-down
  }

  /** Whether the button is held down. */
  isPressed(): boolean {
    return (((this.port.IDR.read() >> this.pin) & 1) === 1) !== this.activeLow;
  }
}
