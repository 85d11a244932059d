/* Baseline for bench/ts/list.ts: the same pushes and reads on a static int32_t array. */
#include <stdint.h>

#include "app.h"
#include "console.h"
#include "port.h"

#define N 2000
static int32_t values[N];

void hx_app_init(void) {}
void hx_app_report_uncaught(void) {}

void hx_app_main(void) {
  uint64_t t0 = hx_timer_ticks();
  int length = 0;
  for (int i = 0; i < N; i++) values[length++] = (i * 7) % 1000;
  int64_t sum = 0;
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < length; i++) sum += values[i];
  }
  uint64_t t1 = hx_timer_ticks();
  hx_console_str("sum ");
  hx_console_dec((uint64_t)sum);
  hx_console_str(" ms ");
  hx_console_number((double)(t1 - t0) * 1000.0 / (double)HX_TIMER_HZ);
  hx_console_str("\n");
}
