/**
 * Globals available to Helix SDK programs, in addition to the ECMAScript 2022
 * standard library. There is no DOM and no Node.js API on a microcontroller.
 */

/**
 * A value `console.log` can print on a device: strings, numbers, booleans,
 * `null` and `undefined`. Format objects and arrays yourself, for example with
 * a template literal.
 *
 * @example
 * ```ts
 * console.log("temperature", 21.5, "ok", true);
 * console.log(`point: ${p.x},${p.y}`);
 * ```
 */
type HelixPrintable = string | number | boolean | null | undefined;

/**
 * Prints to the board's console UART, one line per call, formatted exactly as
 * Node.js prints the same values (including `%s`, `%d`, `%i`, `%f`, `%c` and `%%`
 * in a first string argument).
 *
 * @example
 * ```ts
 * console.log("tick", 3);          // tick 3
 * console.log("%d%% done", 42.5);  // 42.5% done
 * ```
 */
interface HelixConsole {
  /** Print the values separated by spaces, then a newline. */
  log(...values: HelixPrintable[]): void;
  /** Same as `log` (a device has one console). */
  info(...values: HelixPrintable[]): void;
  /** Same as `log` (a device has one console). */
  debug(...values: HelixPrintable[]): void;
  /** Same as `log`: errors go to the same UART. */
  error(...values: HelixPrintable[]): void;
  /** Same as `log`: warnings go to the same UART. */
  warn(...values: HelixPrintable[]): void;
}

declare var console: HelixConsole;

/**
 * Monotonic time since boot.
 *
 * @example
 * ```ts
 * const t0 = performance.now();
 * work();
 * console.log("took", performance.now() - t0, "ms");
 * ```
 */
declare var performance: {
  /** Milliseconds since the board started, from the board's timer. */
  now(): number;
};
