/*
 * Kernel entry after the target's startup code: bring up the console, run the
 * program's top level once, then the tasks it declared, and report how it ended.
 */
#include "app.h"
#include "console.h"
#include "crash.h"
#include "port.h"
#include "pool.h"
#include "task.h"
#include "wasm_rt.h"

/* The board's clock set-up ([clock] in the board file), before anything depends on a frequency. */
__attribute__((weak)) void hx_clock_init(void) {}

__attribute__((noreturn)) void hx_kernel_main(void) {
  hx_clock_init();
  hx_uart_init();
  hx_stack_guard_init();
  hx_pools_init();
  hx_app_init();

  hx_handler top;
  top.prev = 0;
  hx_handler_top = &top;
  if (hx_setjmp(top.jb) == 0) {
    hx_app_main();
    if (hx_task_count()) hx_sched_run(); /* the top level declared tasks: run them */
    hx_handler_top = 0;
    hx_console_flush_utf16();
    hx_exit(HX_EXIT_OK);
  }

  /* An exception escaped the program: let the SDK runtime describe it. */
  hx_handler report;
  report.prev = 0;
  hx_handler_top = &report;
  if (hx_setjmp(report.jb) == 0) {
    hx_app_report_uncaught();
  } else {
    hx_console_str("Uncaught exception (and another one while reporting it)\n");
  }
  hx_handler_top = 0;
  hx_console_flush_utf16();
  hx_exit(HX_EXIT_UNCAUGHT);
}
