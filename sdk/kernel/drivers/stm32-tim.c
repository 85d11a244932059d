/*
 * STM32 general-purpose 32-bit timer (TIM2 or TIM5) as the free-running clock,
 * extended to 64 bits (counter64.h). Board keys: [timer] base, hz, prescaler:
 * the counter runs at its input clock / (prescaler + 1), which must equal hz.
 * Started on the first read, so no set-up call is needed.
 */
#include <stdint.h>

#include "counter64.h"

#define REG(off) (*(volatile uint32_t *)((uintptr_t)(HX_TIMER_BASE) + (off)))
#define CR1 REG(0x00)
#define EGR REG(0x14)
#define CNT ((volatile const uint32_t *)((uintptr_t)(HX_TIMER_BASE) + 0x24))
#define PSC REG(0x28)
#define ARR REG(0x2C)
#define RCC_APB1ENR (*(volatile uint32_t *)0x40023840u)
#define TIM2_BASE 0x40000000u
#define CR1_CEN 1u
#define EGR_UG 1u

#ifndef HX_TIMER_PRESCALER
#define HX_TIMER_PRESCALER 0
#endif

static hx_counter64 clock;
static uint8_t running;

static void start(void) {
  /* clock the timer: TIM2..TIM5 are APB1 bits 0..3 (the register is not modelled by QEMU; harmless there) */
  RCC_APB1ENR |= 1u << (((uint32_t)(HX_TIMER_BASE) - TIM2_BASE) >> 10);
  PSC = HX_TIMER_PRESCALER;
  ARR = 0xFFFFFFFFu;
  EGR = EGR_UG; /* load the prescaler now */
  CR1 = CR1_CEN;
  running = 1;
}

uint64_t hx_timer_ticks(void) {
  if (!running) start();
  return hx_counter64_read(&clock, CNT);
}
