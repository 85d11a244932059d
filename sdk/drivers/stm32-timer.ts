/**
 * STM32F4 general-purpose timer (TIM2-TIM5) as a periodic timer: the counter
 * counts up to ARR, and each update event interrupts. The prescaler and reload
 * are chosen from the timer's input clock, so 16-bit timers (TIM3, TIM4) reach
 * long periods too.
 */
import { peripheral, type Field, type Peripheral, type Register } from '../api/registers.ts';
import { onInterrupt, type InterruptLine } from '../api/interrupts.ts';
import type { Microseconds, Task } from '../api/tasks.ts';
import type { PeriodicTimer } from './timer.ts';

/** The register block (RM0090, TIM2-TIM5). */
export type Stm32TimerRegisters = Peripheral<{
  CR1: Register<0x00, 'rw', { CEN: Field<0, 1>; UDIS: Field<1, 1>; URS: Field<2, 1>; OPM: Field<3, 1>; DIR: Field<4, 1>; ARPE: Field<7, 1> }>;
  DIER: Register<0x0c, 'rw', { UIE: Field<0, 1> }>;
  /** status flags: writing 0 clears one, writing 1 leaves it */
  SR: Register<0x10, 'rw', { UIF: Field<0, 1> }>;
  EGR: Register<0x14, 'wo', { UG: Field<0, 1> }>;
  CNT: Register<0x24, 'rw'>;
  PSC: Register<0x28, 'rw', { PSC: Field<0, 16> }>;
  ARR: Register<0x2c, 'rw'>;
}>;

export class Stm32Timer implements PeriodicTimer {
  private readonly regs: Stm32TimerRegisters;
  private readonly irq: InterruptLine;
  private readonly clockHz: number;
  private readonly counterMax: number;
  private expiries = 0;
  private onExpiry: () => void = nothing;

  /** `counterBits`: 32 for TIM2 and TIM5, 16 for TIM3 and TIM4. */
  constructor(base: number, irq: InterruptLine, clockHz: number, counterBits: 16 | 32) {
    this.regs = peripheral<Stm32TimerRegisters>(base);
    this.irq = irq;
    this.clockHz = clockHz;
    this.counterMax = counterBits === 32 ? 0xffffffff : 0xffff;
  }

  start(period: Microseconds, budget: Microseconds, handler: () => void): Task {
    this.onExpiry = handler;
    const ticks = Math.round(period * this.clockHz / 1000000);
    // the smallest prescaler that lets ARR hold the rest (QEMU's model is only exact without one: use TIM5 there)
    const prescale = Math.ceil(ticks / (this.counterMax + 1));
    this.regs.CR1.write(0);
    this.regs.PSC.write(prescale - 1);
    this.regs.ARR.write(Math.round(ticks / prescale) - 1);
    this.regs.CR1.set('URS', 1); // only overflows interrupt, not the UG below
    this.regs.EGR.writeFields({ UG: 1 }); // load the prescaler now
    this.regs.SR.write(~1); // clear UIF
    const t = onInterrupt(this.irq, { minInterval: period, budget }, this);
    this.regs.DIER.writeFields({ UIE: 1 });
    this.regs.CR1.modify({ CEN: 1, URS: 1 });
    return t;
  }

  stop(): void {
    this.regs.CR1.set('CEN', 0);
  }

  count(): number {
    return this.expiries;
  }

  /** The expiry handler's job (nothing to do if the update flag is clear: a spurious release). */
  interrupt(): void {
    if (this.regs.SR.get('UIF') === 0) return;
    this.regs.SR.write(~1); // clear UIF (rc_w0)
    this.expiries++;
    const h = this.onExpiry;
    h();
  }
}

function nothing(): void {}
