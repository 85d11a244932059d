/*
 * A Linux user-space "board" for fast translator and runtime tests: the console
 * is stdout/stdin, exit is exit(2), time is CLOCK_MONOTONIC.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pool.h"
#include "port.h"

void hx_uart_init(void) {}

void hx_uart_putc(uint8_t c) {
  putchar(c);
}

int hx_uart_getc(void) {
  int c = getchar();
  return c == EOF ? -1 : c;
}

uint64_t hx_timer_ticks(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void hx_port_exit(int status) {
  fflush(stdout);
  exit(status);
}

/* Host builds run the cooperative scheduler only: no tick. */
void hx_tick_start(uint32_t hz) {
  (void)hz;
}

void hx_kernel_main(void);

int main(void) {
  hx_kernel_main();
}

/* Host builds have no board, so no pools. */
hx_pool hx_pools[1];
const int hx_pool_count = 0;

uint32_t hx_irq_disable(void) {
  return 0;
}

void hx_irq_restore(uint32_t state) {
  (void)state;
}

/* Host builds have no interrupts: the handler runs at once. */
void hx_soft_irq(void);

void hx_raise_soft_irq(void) {
  hx_soft_irq();
}
