/*
 * Host functions the compiled program imports (registered with Porffor by
 * codegen/porffor.js). All parameters and results are doubles, because every
 * JavaScript number is one.
 */
#include "console.h"
#include "numfmt.h"
#include "port.h"

void hx_host_putc(double unit) {
  hx_console_utf16((uint32_t)(int64_t)unit);
}

void hx_host_print_number(double v) {
  hx_console_number(v);
}

void hx_host_end_string(void) {
  hx_console_flush_utf16();
}

/* performance.now(): milliseconds since boot. */
double hx_host_time_ms(void) {
  return (double)hx_timer_ticks() * (1000.0 / (double)HX_TIMER_HZ);
}

/* Date.now() has no wall clock here; time starts at the epoch. */
double hx_host_time_origin(void) {
  return 0.0;
}

/* Blocking read of one console byte. */
double hx_host_read_byte(void) {
  int c;
  while ((c = hx_uart_getc()) < 0) hx_cpu_idle();
  return (double)c;
}

/* Number formatting for the patched Porffor builtins: format into a buffer,
   return the length; the builtin then reads it back one character at a time. */
static char fmt_buf[HX_FIXED_BUF];
static const char *fmt_text = fmt_buf; /* toString(radix) uses numfmt.c's larger shared buffer */
static int fmt_len;

double hx_host_fmt_number(double v) {
  fmt_text = fmt_buf;
  fmt_len = hx_number_to_string(v, fmt_buf, 0);
  return fmt_len;
}

double hx_host_fmt_fixed(double v, double digits) {
  fmt_text = fmt_buf;
  fmt_len = hx_number_to_fixed(v, (int)digits, fmt_buf);
  return fmt_len;
}

double hx_host_fmt_exponential(double v, double digits) {
  fmt_text = fmt_buf;
  fmt_len = hx_number_to_exponential(v, (int)digits, fmt_buf);
  return fmt_len;
}

double hx_host_fmt_precision(double v, double precision) {
  fmt_text = fmt_buf;
  fmt_len = hx_number_to_precision(v, (int)precision, fmt_buf);
  return fmt_len;
}

double hx_host_fmt_radix(double v, double radix) {
  char *text = hx_shared_text();
  fmt_len = hx_number_to_radix(v, (int)radix, text);
  fmt_text = text;
  return fmt_len;
}

double hx_host_fmt_char(double index) {
  int i = (int)index;
  return i >= 0 && i < fmt_len ? (unsigned char)fmt_text[i] : 0;
}

/* String -> number for the patched Porffor builtins (porffor-patches/number-parse.js): the string's UTF-16
   code units one at a time, then the result. */
void hx_host_parse_begin(double kind, double radix) {
  hx_parse_begin((int)kind, radix);
}

double hx_host_parse_unit(double unit) {
  return hx_parse_unit((uint32_t)unit);
}

double hx_host_parse_end(void) {
  return hx_parse_end();
}
