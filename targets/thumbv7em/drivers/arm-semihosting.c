/*
 * Exit through Arm semihosting (SYS_EXIT_EXTENDED), which QEMU turns into its
 * own exit status when started with -semihosting-config enable=on.
 */
#include <stdint.h>

#include "port.h"

#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

void hx_port_exit(int status) {
  volatile uint32_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status };
  register uint32_t op __asm__("r0") = SYS_EXIT_EXTENDED;
  register volatile uint32_t *arg __asm__("r1") = block;
  __asm__ volatile("bkpt 0xab" : : "r"(op), "r"(arg) : "memory");
  for (;;) {
  }
}
