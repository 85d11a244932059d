/**
 * console.log and friends for programs none of whose calls can contain a
 * placeholder (see codegen/console-usage.js): values are printed as Node prints
 * them, separated by spaces.
 */
import { __hx_write_plain } from './print.ts';

export function __hx_console_log(...args: any[]): void {
  for (let i = 0; i < args.length; i++) {
    if (i > 0) __hx_putc(32);
    __hx_write_plain(args[i]);
  }
  __hx_end_string();
  __hx_putc(10);
}
