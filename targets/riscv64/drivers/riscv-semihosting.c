/*
 * Exit through RISC-V semihosting (SYS_EXIT_EXTENDED): QEMU turns it into its
 * own exit status with -semihosting-config enable=on. The trap is recognised
 * by the uncompressed three-instruction sequence around ebreak, which must not
 * cross a page.
 */
#include <stdint.h>

#include "port.h"

#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

void hx_port_exit(int status) {
  volatile uint64_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint64_t)(int64_t)status };
  register uint64_t op __asm__("a0") = SYS_EXIT_EXTENDED;
  register volatile uint64_t *arg __asm__("a1") = block;
  __asm__ volatile(
      ".option push\n"
      ".option norvc\n"
      ".balign 16\n"
      "slli x0, x0, 0x1f\n"
      "ebreak\n"
      "srai x0, x0, 7\n"
      ".option pop\n"
      : "+r"(op) : "r"(arg) : "memory");
  for (;;) {
  }
}
