/* Baseline for bench/ts/fib.ts: the same computation as an embedded C programmer writes it. */
#include <stdint.h>

#include "app.h"
#include "console.h"
#include "port.h"

static int32_t fib(int32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

void hx_app_init(void) {}
void hx_app_report_uncaught(void) {}

void hx_app_main(void) {
  uint64_t t0 = hx_timer_ticks();
  volatile int32_t result = fib(22);
  uint64_t t1 = hx_timer_ticks();
  hx_console_str("fib ");
  hx_console_dec((uint64_t)result);
  hx_console_str(" ms ");
  hx_console_number((double)(t1 - t0) * 1000.0 / (double)HX_TIMER_HZ);
  hx_console_str("\n");
}
