/*
 * The Cortex-M vector table: initial stack, reset, and the system exceptions.
 * Faults go to one reporter (faults.S); anything unexpected is reported too.
 * SysTick drives a preemptive scheduler's tick; external interrupts go to the
 * NVIC driver (drivers/nvic.c) when the board names it.
 */
#include <stdint.h>

extern uint32_t _hx_stack_top;
void hx_reset(void);
void hx_fault_entry(void);
void hx_systick_handler(void);
void hx_svc_handler(void);

/* Without an interrupt controller driver an external interrupt is unexpected: report it like a fault. */
__attribute__((weak, naked)) void hx_nvic_interrupt(void) {
  __asm__ volatile("b hx_fault_entry");
}

typedef void (*hx_vector)(void);

__attribute__((section(".vectors"), used)) const hx_vector hx_vectors[16 + 96] = {
  (hx_vector)&_hx_stack_top,
  hx_reset,
  [2 ... 10] = hx_fault_entry,  /* NMI, HardFault, MemManage, BusFault, UsageFault */
  [11] = hx_svc_handler,        /* SVC: the software interrupt (irq.c) */
  [12 ... 14] = hx_fault_entry,
  [15] = hx_systick_handler,    /* the scheduler tick (systick.c) */
  [16 ... 111] = hx_nvic_interrupt, /* external interrupts: the board's nvic driver, else reported as faults */
};
