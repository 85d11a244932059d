/* Baseline for bench/ts/sieve.ts. */
#include <stdint.h>

#include "app.h"
#include "console.h"
#include "port.h"

#define N 20000
static uint8_t composite[N + 1];

void hx_app_init(void) {}
void hx_app_report_uncaught(void) {}

void hx_app_main(void) {
  uint64_t t0 = hx_timer_ticks();
  int count = 0;
  for (int i = 2; i <= N; i++) {
    if (composite[i] == 0) {
      count++;
      for (int j = i * i; j <= N; j += i) composite[j] = 1;
    }
  }
  uint64_t t1 = hx_timer_ticks();
  hx_console_str("primes ");
  hx_console_dec((uint64_t)count);
  hx_console_str(" ms ");
  hx_console_number((double)(t1 - t0) * 1000.0 / (double)HX_TIMER_HZ);
  hx_console_str("\n");
}
