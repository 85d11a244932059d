/// <reference path="../types/host.d.ts" />
/**
 * Reading from the console UART. (Writing is `console.log`.)
 * @module
 */

/**
 * Wait for the next byte on the console UART and return it (0-255).
 * Under `helix-sdk run`, bytes come from the standard input of the command.
 *
 * @example
 * ```ts
 * import { readByte } from "helix-sdk";
 * const key = readByte();
 * if (key === 0x71) console.log("q pressed");
 * ```
 */
export function readByte(): number {
  // `| 0`: Porffor 0.61 gives an import's result no type tag, so the value must
  // pass through an operator that always yields a number (exact for 0-255).
  return __hx_read_byte() | 0;
}

/**
 * Read one line from the console UART (up to, not including, the newline;
 * a carriage return before it is dropped). Bytes are taken as Latin-1.
 *
 * @example
 * ```ts
 * import { readLine } from "helix-sdk";
 * const name = readLine();
 * console.log("hello,", name);
 * ```
 */
export function readLine(): string {
  let line = '';
  for (;;) {
    const b = readByte();
    if (b === 10) return line;
    if (b !== 13) line += String.fromCharCode(b);
  }
}
