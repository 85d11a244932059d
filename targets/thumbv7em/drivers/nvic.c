/*
 * Cortex-M NVIC: every external interrupt vector (vectors.c) comes here; the
 * line is masked before its handler task is released (interrupt.h).
 */
#include <stdint.h>

#include "interrupt.h"

#define NVIC_ISER ((volatile uint32_t *)0xE000E100u)
#define NVIC_ICER ((volatile uint32_t *)0xE000E180u)
#define HX_NVIC_LINES 96 /* the vector table's external entries */

int hx_irq_line_enable(int line) {
  if (line < 0 || line >= HX_NVIC_LINES) return HX_IRQ_ERR_LINE;
  NVIC_ISER[line >> 5] = 1u << (line & 31);
  return 0;
}

void hx_irq_line_disable(int line) {
  if (line < 0 || line >= HX_NVIC_LINES) return;
  NVIC_ICER[line >> 5] = 1u << (line & 31);
  __asm__ volatile("dsb\n isb" : : : "memory"); /* masked before the handler returns */
}

void hx_nvic_interrupt(void) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  int line = (int)(ipsr & 0x1ffu) - 16;
  hx_irq_line_disable(line);
  hx_irq_dispatch(line);
}
