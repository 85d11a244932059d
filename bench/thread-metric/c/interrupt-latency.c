/* Baseline of interrupt-latency.ts: the same handler task (sporadic RealTime, released by the line), in C. */
#include "interrupt.h"
#include "sync.h"
#include "tm.h"

#define COUNTER (*(volatile uint32_t *)0x40028018u)
#define ISPR0 (*(volatile uint32_t *)0xE000E200u)
#define LINE 30
#define COUNT 256u

static int released, handled, handler;
static volatile uint32_t raised_at;
static uint64_t total_ticks;

void hx_app_main(void) {
  released = hx_sem_create(0, 1);
  handled = hx_sem_create(0, 0x7fffffff);
  hx_intent in = { .cls = HX_CLASS_REALTIME, .period = HX_TIMER_HZ / 1000u, .budget = HX_TIMER_HZ / 1000u };
  handler = hx_task_create(&in);
  hx_task_release_on(handler, released);
  hx_task_start(handler);
  hx_irq_bind(LINE, released);
  tm_task("raiser", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  if (id == handler) { /* one job per interrupt */
    total_ticks += COUNTER - raised_at;
    hx_irq_done(LINE);
    hx_sem_give(handled);
    return;
  }
  for (uint32_t i = 0; i < COUNT; i++) {
    raised_at = COUNTER;
    ISPR0 = 1u << LINE;
    hx_sem_take(handled, UINT64_MAX);
  }
  hx_console_str("interrupt-latency ");
  hx_console_dec(COUNT);
  hx_console_str(" ms ");
  hx_console_number((double)total_ticks / 25000.0);
  hx_console_str("\n");
  hx_exit(0);
}
