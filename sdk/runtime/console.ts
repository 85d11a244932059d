/**
 * console.log and friends with Node's printf-style placeholders (%s %d %i %f %j
 * %o %O %c %%) in a first string argument. bundle.js injects this file only when
 * some call might need placeholders; otherwise console-plain.ts, which is much
 * smaller because it never parses numbers or serialises JSON.
 */
import { __hx_format_json } from './console-json.ts';
import { __hx_write, __hx_write_inspected, __hx_write_plain } from './print.ts';

export function __hx_console_log(...args: any[]): void {
  let next = 0;
  let separate = false;
  if (args.length > 1 && typeof args[0] === 'string') {
    next = __hx_write_format(args);
    separate = next > 0;
  }
  for (let i = next; i < args.length; i++) {
    if (separate) __hx_putc(32);
    separate = true;
    __hx_write_plain(args[i]);
  }
  __hx_end_string();
  __hx_putc(10);
}

/**
 * Expand placeholders in args[0] using the following arguments, as Node does.
 * Returns the index of the first argument not consumed, or 0 when the format
 * string contained no placeholder and should print as an ordinary argument.
 */
function __hx_write_format(args: any[]): number {
  const f: string = args[0];
  let used = 0; // arguments consumed by placeholders
  let lastPos = 0; // start of text not yet written
  for (let i = 0; i < f.length - 1; i++) {
    if (f.charCodeAt(i) !== 37) continue; // '%'
    i++;
    const c = f.charCodeAt(i);
    if (used + 1 !== args.length) {
      if (c === 37) { // '%%' -> '%'
        __hx_write_slice(f, lastPos, i);
        lastPos = i + 1;
        continue;
      }
      if (c !== 115 && c !== 100 && c !== 105 && c !== 102 && c !== 99 && c !== 106 && c !== 111 && c !== 79) {
        continue; // not a placeholder
      }
      if (lastPos !== i - 1) __hx_write_slice(f, lastPos, i - 1);
      used++;
      const v = args[used];
      if (c === 115) __hx_write_plain(v); // %s
      else if (c === 100) __hx_print_number(typeof v === 'number' ? v : Number(v)); // %d
      else if (c === 105) __hx_print_number(parseInt(String(v))); // %i
      else if (c === 102) __hx_print_number(parseFloat(String(v))); // %f
      else if (c === 106) __hx_write_json(v); // %j
      else if (c === 111 || c === 79) __hx_write_inspected(v); // %o %O
      // %c takes an argument (a CSS style) and prints nothing
      lastPos = i + 1;
    } else if (c === 37) {
      __hx_write_slice(f, lastPos, i);
      lastPos = i + 1;
    }
  }
  if (lastPos === 0) return 0;
  if (lastPos < f.length) __hx_write_slice(f, lastPos, f.length);
  return used + 1;
}

function __hx_write_slice(s: string, from: number, to: number): void {
  for (let i = from; i < to; i++) __hx_putc(s.charCodeAt(i));
}

function __hx_write_json(v: any): void {
  if (v === undefined) __hx_write('undefined');
  else __hx_write(__hx_format_json(v));
}

