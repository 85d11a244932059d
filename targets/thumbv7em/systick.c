/* The scheduler tick from the core's SysTick timer, counting the CPU clock ([cpu] clock_hz). */
#include <stdint.h>

#include "port.h"
#include "task.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018u)
#define SYST_CSR_ENABLE_TICKINT_CPUCLK 7u

void hx_tick_start(uint32_t hz) {
  SYST_RVR = HX_CPU_CLOCK_HZ / hz - 1u; /* 24 bits: at least ~1.5 Hz at 25 MHz */
  SYST_CVR = 0;
  SYST_CSR = SYST_CSR_ENABLE_TICKINT_CPUCLK;
}

/* Exception 15 (vectors.c). */
void hx_systick_handler(void) {
  hx_tick();
}
