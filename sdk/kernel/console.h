/*
 * The kernel console: bytes to the board's UART, UTF-16 code units from
 * JavaScript strings re-encoded as UTF-8, and small number printers for crash
 * reports (which must work when nothing else does).
 */
#ifndef HX_CONSOLE_H
#define HX_CONSOLE_H

#include <stdint.h>

void hx_console_byte(uint8_t c);
void hx_console_str(const char *s);
void hx_console_utf16(uint32_t unit); /* one UTF-16 code unit of a JS string */
void hx_console_flush_utf16(void);    /* end of a string: emit a dangling surrogate */
void hx_console_hex(uint64_t v, int digits);
void hx_console_dec(uint64_t v);
void hx_console_number(double v);     /* exactly as JavaScript's console.log prints it */

#endif
