/*
 * SiFive UART (QEMU sifive_u, FU540) and the Kendryte K210's UARTHS, the same
 * IP, as the early console. Board keys: [console] base, baud, clock_hz (the
 * UART's input clock; default the CPU clock).
 * Registers: txdata +0 (bit 31 full), rxdata +4 (bit 31 empty), txctrl +8
 * (bit 0 enable), rxctrl +0xC (bit 0 enable), div +0x18 (clock / baud - 1).
 */
#include <stdint.h>

#include "port.h"

#define REG(off) (*(volatile uint32_t *)((uintptr_t)(HX_CONSOLE_BASE) + (off)))
#define TXDATA REG(0x00)
#define RXDATA REG(0x04)
#define TXCTRL REG(0x08)
#define RXCTRL REG(0x0C)
#define DIV REG(0x18)
#define FULL_OR_EMPTY (1u << 31)

#ifndef HX_CONSOLE_CLOCK_HZ
#define HX_CONSOLE_CLOCK_HZ HX_CPU_CLOCK_HZ
#endif

void hx_uart_init(void) {
  DIV = (HX_CONSOLE_CLOCK_HZ) / (HX_CONSOLE_BAUD) - 1u;
  TXCTRL = 1u;
  RXCTRL = 1u;
}

void hx_uart_putc(uint8_t c) {
  while (TXDATA & FULL_OR_EMPTY) {
  }
  TXDATA = c;
}

int hx_uart_getc(void) {
  uint32_t v = RXDATA; /* reading takes the byte */
  return (v & FULL_OR_EMPTY) ? -1 : (int)(v & 0xff);
}
