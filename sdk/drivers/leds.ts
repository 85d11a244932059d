/** A row of LEDs as applications use it (the board's `leds`). */
export interface Leds {
  /** How many LEDs there are. */
  count(): number;
  /** Switch LED `index` on or off. */
  set(index: number, on: boolean): void;
  /** Whether LED `index` is on, as the hardware reports it. */
  isOn(index: number): boolean;
  /** Invert LED `index`. */
  toggle(index: number): void;
  /** All LEDs at once, LED 0 in bit 0. */
  pattern(): number;
}

/** What every LED driver shares: toggling and the whole pattern, from count/set/isOn. */
export class LedRow implements Leds {
  count(): number { return 0; }
  set(index: number, on: boolean): void { void index; void on; }
  isOn(index: number): boolean { void index; return false; }

  toggle(index: number): void {
    this.set(index, !this.isOn(index));
  }

  pattern(): number {
    let bits = 0;
    for (let i = 0; i < this.count(); i++) if (this.isOn(i)) bits |= 1 << i;
    return bits;
  }
}
