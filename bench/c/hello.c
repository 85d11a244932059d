/* Baseline for examples/hello: the same lines printed from C with the kernel's console. */
#include "app.h"
#include "console.h"

void hx_app_init(void) {}
void hx_app_report_uncaught(void) {}

static const double areas[3] = { 3.141592653589793, 7.0, 0.7853981633974483 };

void hx_app_main(void) {
  hx_console_str("Hello from Helix!\n");
  hx_console_str("circle of area 3.142\nrectangle 2 x 3.5 of area 7.000\ncircle of area 0.785\n");
  double total = 0;
  for (int i = 0; i < 3; i++) total += areas[i];
  hx_console_str("shapes: 3 total area: ");
  hx_console_number(total);
  hx_console_str(" mean: ");
  hx_console_number(total / 3);
  hx_console_str("\nsquares ");
  for (int i = 1; i <= 10; i++) {
    hx_console_dec((uint64_t)(i * i));
    if (i < 10) hx_console_str(",");
  }
  hx_console_str("\n");
}
