/**
 * Reports an exception that escaped the program's top level (the kernel calls
 * this, then exits with status 1). The first line matches what Node's REPL
 * prints: "Uncaught Error: message", or "Uncaught 'text'" for a thrown string.
 */
import { __hx_write, __hx_write_inspected } from './print.ts';

export function __hx_uncaught(e: any): void {
  __hx_write('Uncaught ');
  if (e instanceof Error) {
    __hx_write(e.name);
    if (e.message !== '') {
      __hx_write(': ');
      __hx_write(e.message);
    }
  } else {
    __hx_write_inspected(e);
  }
  __hx_end_string();
  __hx_putc(10);
}
