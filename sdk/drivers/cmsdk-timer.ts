/**
 * Arm CMSDK APB timer (MPS2 boards): a 32-bit down-counter on the peripheral
 * clock that reloads and interrupts when it reaches zero.
 */
import { peripheral, type Field, type Peripheral, type Register } from '../api/registers.ts';
import { onInterrupt, type InterruptLine } from '../api/interrupts.ts';
import type { Microseconds, Task } from '../api/tasks.ts';
import type { PeriodicTimer } from './timer.ts';

export type CmsdkTimerRegisters = Peripheral<{
  CTRL: Register<0x00, 'rw', { ENABLE: Field<0, 1>; EXT_ENABLE: Field<1, 1>; EXT_CLOCK: Field<2, 1>; IRQ_ENABLE: Field<3, 1> }>;
  VALUE: Register<0x04, 'rw'>;
  RELOAD: Register<0x08, 'rw'>;
  /** reads the pending interrupt; writing 1 clears it (INTCLEAR) */
  INTSTATUS: Register<0x0c, 'rw', { EXPIRED: Field<0, 1> }>;
}>;

/** A periodic timer whose expiries run a handler task. */
export class CmsdkTimer implements PeriodicTimer {
  private readonly regs: CmsdkTimerRegisters;
  private readonly irq: InterruptLine;
  private readonly clockHz: number;
  private expiries = 0;
  private onExpiry: () => void = nothing;

  constructor(base: number, irq: InterruptLine, clockHz: number) {
    this.regs = peripheral<CmsdkTimerRegisters>(base);
    this.irq = irq;
    this.clockHz = clockHz;
  }

  /**
   * Expire every `period` and call `handler` (in a RealTime task with `budget` per expiry).
   * @returns the handler task
   */
  start(period: Microseconds, budget: Microseconds, handler: () => void): Task {
    this.onExpiry = handler;
    const reload = Math.round(period * this.clockHz / 1000000) - 1;
    this.regs.CTRL.write(0);
    this.regs.RELOAD.write(reload);
    this.regs.VALUE.write(reload);
    this.regs.INTSTATUS.writeFields({ EXPIRED: 1 });
    const t = onInterrupt(this.irq, { minInterval: period, budget }, this);
    this.regs.CTRL.writeFields({ ENABLE: 1, IRQ_ENABLE: 1 });
    return t;
  }

  /** Stop counting (the handler task stays, waiting). */
  stop(): void {
    this.regs.CTRL.write(0);
  }

  /** Expiries handled so far. */
  count(): number {
    return this.expiries;
  }

  /** The counter's current value (counts down from the reload value). */
  value(): number {
    return this.regs.VALUE.read();
  }

  /**
   * The expiry handler's job. The line is level-triggered, so the NVIC pends it once more
   * while the job runs: that extra job finds the flag clear and does nothing.
   */
  interrupt(): void {
    if (this.regs.INTSTATUS.get('EXPIRED') === 0) return;
    this.regs.INTSTATUS.writeFields({ EXPIRED: 1 });
    this.expiries++;
    const h = this.onExpiry;
    h();
  }
}

function nothing(): void {}
