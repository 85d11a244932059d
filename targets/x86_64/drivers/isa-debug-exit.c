/*
 * Exit through QEMU's isa-debug-exit device. Board keys: [exit] port, offset.
 * QEMU exits with (value << 1) | 1, which is never 0; we write offset + status,
 * and helix-sdk run turns ((s - 1) / 2 - offset) back into the status.
 */
#include <stdint.h>

#include "io.h"
#include "port.h"

void hx_port_exit(int status) {
  hx_outl((uint16_t)(HX_EXIT_PORT), (uint32_t)((HX_EXIT_OFFSET) + status));
  for (;;) __asm__ volatile("cli; hlt");
}
