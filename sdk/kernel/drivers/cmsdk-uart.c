/*
 * Arm CMSDK APB UART (MPS2 boards). Board keys: [console] base.
 * Registers: DATA +0x0, STATE +0x4 (bit 0 TX full, bit 1 RX full),
 * CTRL +0x8 (bit 0 TX enable, bit 1 RX enable), BAUDDIV +0x10.
 */
#include <stdint.h>

#include "port.h"

#define REG(off) (*(volatile uint32_t *)((uintptr_t)(HX_CONSOLE_BASE) + (off)))
#define DATA REG(0x0)
#define STATE REG(0x4)
#define CTRL REG(0x8)
#define BAUDDIV REG(0x10)

void hx_uart_init(void) {
  BAUDDIV = (HX_CPU_CLOCK_HZ) / (HX_CONSOLE_BAUD);
  CTRL = 0x3;
}

void hx_uart_putc(uint8_t c) {
  while (STATE & 1u) {
  }
  DATA = c;
}

int hx_uart_getc(void) {
  if (!(STATE & 2u)) return -1;
  return (int)(DATA & 0xff);
}
