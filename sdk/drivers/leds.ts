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
