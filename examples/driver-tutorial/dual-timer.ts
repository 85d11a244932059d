// A driver written from scratch: the Arm dual-input timer (SP804, "CMSDK APB
// dual timer") of the MPS2 boards, from its data sheet. docs/driver-guide.md
// walks through it step by step.
import {
  onInterrupt, peripheral, type Field, type InterruptLine, type Microseconds, type Peripheral, type Register,
} from 'helix-sdk';

// Step 1: the register block of one of the two timers (the second starts 0x20 later).
type TimerChannel = Peripheral<{
  LOAD: Register<0x00, 'rw'>;
  VALUE: Register<0x04, 'ro'>;
  CONTROL: Register<0x08, 'rw', {
    ONE_SHOT: Field<0, 1>;
    SIZE_32: Field<1, 1>;
    PRESCALE: Field<2, 2>; // 0: clock / 1, 1: / 16, 2: / 256
    INT_ENABLE: Field<5, 1>;
    PERIODIC: Field<6, 1>;
    ENABLE: Field<7, 1>;
  }>;
  INTCLR: Register<0x0c, 'wo'>; // any write clears the interrupt
  RIS: Register<0x10, 'ro', { PENDING: Field<0, 1> }>;
  MIS: Register<0x14, 'ro', { PENDING: Field<0, 1> }>;
  BGLOAD: Register<0x18, 'rw'>;
}>;

const MAX = 0xffff_ffff;

function nothing(): void {}

// Step 2: the driver. Timer 1 gives one-shot alarms with an interrupt; timer 2 runs free as a stopwatch.
export class DualTimer {
  private readonly alarm: TimerChannel;
  private readonly stopwatch: TimerChannel;
  private readonly irq: InterruptLine;
  private readonly ticksPerMicrosecond: number;
  private onAlarm: () => void = nothing;
  private bound = false;
  private alarms = 0;

  constructor(base: number, irq: InterruptLine, clockHz: number) {
    this.alarm = peripheral<TimerChannel>(base);
    this.stopwatch = peripheral<TimerChannel>(base + 0x20);
    this.irq = irq;
    this.ticksPerMicrosecond = clockHz / 1_000_000;
  }

  /** Start the stopwatch at zero (it counts the timer clock, 32 bits). */
  startStopwatch(): void {
    this.stopwatch.CONTROL.write(0);
    this.stopwatch.LOAD.write(MAX);
    this.stopwatch.CONTROL.writeFields({ SIZE_32: 1, ENABLE: 1 }); // free-running, no interrupt
  }

  /** Clock ticks since startStopwatch(). */
  stopwatchTicks(): number {
    return MAX - this.stopwatch.VALUE.read();
  }

  /** Run `handler` once, `delay` from now, in the timer's interrupt handler task. */
  alarmAfter(delay: Microseconds, handler: () => void): void {
    // Step 3: bind the interrupt once; the handler task's intent says how often it may come.
    if (!this.bound) {
      onInterrupt(this.irq, { minInterval: 1000, budget: 500 }, this);
      this.bound = true;
    }
    this.onAlarm = handler;
    this.alarm.CONTROL.write(0);
    this.alarm.INTCLR.write(1);
    this.alarm.LOAD.write(Math.round(delay * this.ticksPerMicrosecond));
    this.alarm.CONTROL.writeFields({ ONE_SHOT: 1, SIZE_32: 1, INT_ENABLE: 1, ENABLE: 1 });
  }

  /** Alarms that have gone off. */
  alarmsFired(): number {
    return this.alarms;
  }

  // Step 4: the interrupt handler, a job of a RealTime task: find the cause, clear it, act.
  interrupt(): void {
    if (this.alarm.MIS.get('PENDING') === 0) return; // not ours (or already handled)
    this.alarm.INTCLR.write(1);
    this.alarm.CONTROL.set('ENABLE', 0);
    this.alarms++;
    const h = this.onAlarm;
    h();
  }
}
