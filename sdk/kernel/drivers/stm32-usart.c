/*
 * STM32F4 USART as the early console (boot messages, console.log, crash
 * reports). Board keys: [console] base, baud, clock_hz (the USART's bus clock).
 * USART1 (PA9/PA10) and USART2 (PA2/PA3) get their clock and pins set up here;
 * QEMU does not model RCC or GPIO, where those writes do nothing.
 */
#include <stdint.h>

#include "port.h"

#define REG(off) (*(volatile uint32_t *)((uintptr_t)(HX_CONSOLE_BASE) + (off)))
#define SR REG(0x00)
#define DR REG(0x04)
#define BRR REG(0x08)
#define CR1 REG(0x0C)
#define SR_RXNE (1u << 5)
#define SR_TXE (1u << 7)
#define CR1_UE (1u << 13)
#define CR1_TE (1u << 3)
#define CR1_RE (1u << 2)

#define RCC(off) (*(volatile uint32_t *)(0x40023800u + (off)))
#define RCC_AHB1ENR RCC(0x30)
#define RCC_APB1ENR RCC(0x40)
#define RCC_APB2ENR RCC(0x44)
#define GPIOA(off) (*(volatile uint32_t *)(0x40020000u + (off)))
#define GPIO_MODER 0x00
#define GPIO_AFRL 0x20
#define GPIO_AFRH 0x24
#define AF_USART 7u

#ifndef HX_CONSOLE_CLOCK_HZ
#define HX_CONSOLE_CLOCK_HZ HX_CPU_CLOCK_HZ
#endif

/* Pin `pin` of port A to alternate function `af`. */
static void gpioa_alternate(unsigned pin, unsigned af) {
  GPIOA(GPIO_MODER) = (GPIOA(GPIO_MODER) & ~(3u << (2 * pin))) | (2u << (2 * pin));
  unsigned reg = pin < 8 ? GPIO_AFRL : GPIO_AFRH;
  unsigned shift = 4 * (pin & 7);
  GPIOA(reg) = (GPIOA(reg) & ~(0xFu << shift)) | (af << shift);
}

void hx_uart_init(void) {
  RCC_AHB1ENR |= 1u; /* GPIOA */
  if ((uintptr_t)(HX_CONSOLE_BASE) == 0x40011000u) { /* USART1: APB2, PA9 TX, PA10 RX */
    RCC_APB2ENR |= 1u << 4;
    gpioa_alternate(9, AF_USART);
    gpioa_alternate(10, AF_USART);
  } else if ((uintptr_t)(HX_CONSOLE_BASE) == 0x40004400u) { /* USART2: APB1, PA2 TX, PA3 RX */
    RCC_APB1ENR |= 1u << 17;
    gpioa_alternate(2, AF_USART);
    gpioa_alternate(3, AF_USART);
  }
  BRR = ((HX_CONSOLE_CLOCK_HZ) + (HX_CONSOLE_BAUD) / 2) / (HX_CONSOLE_BAUD); /* 16x oversampling */
  CR1 = CR1_UE | CR1_TE | CR1_RE;
}

void hx_uart_putc(uint8_t c) {
  while (!(SR & SR_TXE)) {
  }
  DR = c;
}

int hx_uart_getc(void) {
  if (!(SR & SR_RXNE)) return -1;
  return (int)(DR & 0xff);
}
