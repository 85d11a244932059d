/*
 * Every way out of the program: report the run's statistics, then leave
 * through the board's exit driver. The report is one terminal control string
 * (ESC ] ... BEL, which terminals do not display), so the console output stays
 * exactly what the program printed; `helix-sdk run` reads and removes it.
 */
#include "console.h"
#include "heap.h"
#include "port.h"
#include "task.h"
#include "wasm_rt.h"

void hx_exit(int status) {
  hx_console_flush_utf16();
  hx_console_str("\x1b]helix;heap=");
  hx_console_dec(hx_heap_high_water());
  hx_console_str("/");
  hx_console_dec(hx_mem_max_bytes);
  hx_task_report();
  hx_console_str("\x07");
  hx_port_exit(status);
}
