/*
 * The Cortex-M vector table: initial stack, reset, and the system exceptions.
 * Faults go to one reporter (faults.S); anything unexpected is reported too.
 * SysTick drives a preemptive scheduler's tick.
 */
#include <stdint.h>

extern uint32_t _hx_stack_top;
void hx_reset(void);
void hx_fault_entry(void);
void hx_systick_handler(void);
void hx_svc_handler(void);

typedef void (*hx_vector)(void);

__attribute__((section(".vectors"), used)) const hx_vector hx_vectors[16 + 32] = {
  (hx_vector)&_hx_stack_top,
  hx_reset,
  [2 ... 10] = hx_fault_entry,  /* NMI, HardFault, MemManage, BusFault, UsageFault */
  [11] = hx_svc_handler,        /* SVC: the software interrupt (irq.c) */
  [12 ... 14] = hx_fault_entry,
  [15] = hx_systick_handler,    /* the scheduler tick (systick.c) */
  [16 ... 47] = hx_fault_entry, /* external interrupts: none is enabled yet */
};
