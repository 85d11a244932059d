/// <reference path="../types/host.d.ts" />
/**
 * Printing primitives shared by the console and the uncaught-error reporter.
 * Compiled into every program. Everything is written straight to the UART, one
 * UTF-16 code unit at a time, so printing never allocates on the never-freeing
 * JavaScript heap.
 */

export function __hx_write(s: string): void {
  for (let i = 0; i < s.length; i++) __hx_putc(s.charCodeAt(i));
}

/** What Node's util.inspect prints for a primitive, without colours. */
export function __hx_write_inspected(v: any): void {
  const t = typeof v;
  if (t === 'number') __hx_print_number(v);
  else if (t === 'string') __hx_write_quoted(v);
  else if (t === 'boolean') __hx_write(v ? 'true' : 'false');
  else if (t === 'undefined') __hx_write('undefined');
  else if (v === null) __hx_write('null');
  else __hx_write(String(v));
}

/** A value the way %s shows it: strings raw, numbers as console.log shows them. */
export function __hx_write_plain(v: any): void {
  if (typeof v === 'string') __hx_write(v);
  else __hx_write_inspected(v);
}

/**
 * A string in quotes, as util.inspect prints it: single quotes unless the text
 * contains one, then double quotes, then backticks; control characters escaped.
 */
export function __hx_write_quoted(s: string): void {
  let quote = 39; // '
  if (s.indexOf("'") >= 0) {
    if (s.indexOf('"') < 0) quote = 34;
    else if (s.indexOf('`') < 0 && s.indexOf('${') < 0) quote = 96;
  }
  __hx_putc(quote);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === quote || c === 92) {
      __hx_putc(92);
      __hx_putc(c);
    } else if (c < 32 || c === 127) {
      __hx_write_escape(c);
    } else {
      __hx_putc(c);
    }
  }
  __hx_putc(quote);
}

function __hx_write_escape(c: number): void {
  if (c === 8) __hx_write('\\b');
  else if (c === 9) __hx_write('\\t');
  else if (c === 10) __hx_write('\\n');
  else if (c === 12) __hx_write('\\f');
  else if (c === 13) __hx_write('\\r');
  else {
    __hx_write('\\x');
    const hex = '0123456789ABCDEF';
    __hx_putc(hex.charCodeAt(c >> 4));
    __hx_putc(hex.charCodeAt(c & 15));
  }
}
