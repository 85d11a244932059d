/* Baseline of registers.ts. */
#include "tm.h"

#define LED0 (*(volatile uint32_t *)0x40028000u)

void hx_app_main(void) {
  tm_task("t0", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  uint32_t counter = 0, sum = 0;
  for (;;) {
    sum += LED0; sum += LED0; sum += LED0; sum += LED0;
    sum += LED0; sum += LED0; sum += LED0; sum += LED0;
    counter += 8;
    if ((counter & 511) == 0 && tm_over()) break;
  }
  tm_report("register-read", counter);
  tm_started = hx_timer_ticks();
  counter = 0;
  for (;;) {
    LED0 = 1; LED0 = 2; LED0 = 3; LED0 = 0;
    LED0 = 1; LED0 = 2; LED0 = 3; LED0 = sum & 0;
    counter += 8;
    if ((counter & 511) == 0 && tm_over()) break;
  }
  tm_finish("register-write", counter);
}
