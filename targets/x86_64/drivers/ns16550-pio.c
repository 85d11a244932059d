/* 16550 UART on x86 I/O ports (COM1 = 0x3F8). Board keys: [console] base, baud. */
#include <stdint.h>

#include "io.h"
#include "port.h"

#define PORT(n) ((uint16_t)((HX_CONSOLE_BASE) + (n)))

void hx_uart_init(void) {
  uint16_t divisor = (uint16_t)(115200 / (HX_CONSOLE_BAUD));
  hx_outb(PORT(1), 0x00);         /* no interrupts */
  hx_outb(PORT(3), 0x80);         /* divisor latch access */
  hx_outb(PORT(0), (uint8_t)divisor);
  hx_outb(PORT(1), (uint8_t)(divisor >> 8));
  hx_outb(PORT(3), 0x03);         /* 8N1; FIFOs untouched so bytes already received are kept */
}

void hx_uart_putc(uint8_t c) {
  while (!(hx_inb(PORT(5)) & 0x20)) {
  }
  hx_outb(PORT(0), c);
}

int hx_uart_getc(void) {
  if (!(hx_inb(PORT(5)) & 0x01)) return -1;
  return hx_inb(PORT(0));
}
