/*
 * 16550-compatible UART on memory-mapped registers (RISC-V virt and many SoCs).
 * Board keys: [console] base, reg_shift (register stride = 1 << reg_shift).
 */
#include <stdint.h>

#include "port.h"

#ifndef HX_CONSOLE_REG_SHIFT
#define HX_CONSOLE_REG_SHIFT 0
#endif

#define REG(n) (*(volatile uint8_t *)((uintptr_t)(HX_CONSOLE_BASE) + ((n) << (HX_CONSOLE_REG_SHIFT))))
#define THR REG(0) /* transmit (write) / receive (read) */
#define IER REG(1)
#define LCR REG(3) /* FCR (REG(2)) is left alone: enabling or clearing the FIFOs drops bytes already received */
#define LSR REG(5) /* bit 0 data ready, bit 5 transmitter empty */

void hx_uart_init(void) {
  IER = 0x00;
  LCR = 0x03; /* 8 data bits, no parity, 1 stop bit */
}

void hx_uart_putc(uint8_t c) {
  while (!(LSR & 0x20)) {
  }
  THR = c;
}

int hx_uart_getc(void) {
  if (!(LSR & 0x01)) return -1;
  return THR;
}
