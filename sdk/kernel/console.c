#include "console.h"
#include "numfmt.h"
#include "port.h"

/* A high surrogate waiting for its low half. */
static uint32_t pending_high;

/* Bytes go out unchanged ("\n" stays "\n"): the host side owns line endings,
   so output compares byte for byte with the same program under Node. */
void hx_console_byte(uint8_t c) {
  hx_uart_putc(c);
}

void hx_console_str(const char *s) {
  while (*s) hx_console_byte((uint8_t)*s++);
}

static void put_utf8(uint32_t cp) {
  if (cp < 0x80) {
    hx_console_byte((uint8_t)cp);
  } else if (cp < 0x800) {
    hx_console_byte((uint8_t)(0xc0 | (cp >> 6)));
    hx_console_byte((uint8_t)(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    hx_console_byte((uint8_t)(0xe0 | (cp >> 12)));
    hx_console_byte((uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
    hx_console_byte((uint8_t)(0x80 | (cp & 0x3f)));
  } else {
    hx_console_byte((uint8_t)(0xf0 | (cp >> 18)));
    hx_console_byte((uint8_t)(0x80 | ((cp >> 12) & 0x3f)));
    hx_console_byte((uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
    hx_console_byte((uint8_t)(0x80 | (cp & 0x3f)));
  }
}

/* Lone surrogates become U+FFFD, as Node does when it writes a string as UTF-8. */
void hx_console_utf16(uint32_t unit) {
  unit &= 0xffff;
  if (pending_high) {
    uint32_t high = pending_high;
    pending_high = 0;
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      put_utf8(0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00));
      return;
    }
    put_utf8(0xfffd);
  }
  if (unit >= 0xd800 && unit <= 0xdbff) {
    pending_high = unit;
  } else if (unit >= 0xdc00 && unit <= 0xdfff) {
    put_utf8(0xfffd);
  } else {
    put_utf8(unit);
  }
}

void hx_console_flush_utf16(void) {
  if (pending_high) {
    pending_high = 0;
    put_utf8(0xfffd);
  }
}

void hx_console_hex(uint64_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; i--) hx_console_byte((uint8_t)hex[(v >> (i * 4)) & 0xf]);
}

void hx_console_dec(uint64_t v) {
  char buf[24];
  int n = 0;
  do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  while (n) hx_console_byte((uint8_t)buf[--n]);
}

void hx_console_number(double v) {
  char buf[HX_NUMBER_BUF];
  int n = hx_number_to_string(v, buf, 1);
  for (int i = 0; i < n; i++) hx_console_byte((uint8_t)buf[i]);
}
