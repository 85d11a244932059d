/* One-screen crash reports for CPU faults and Wasm traps. */
#ifndef HX_CRASH_H
#define HX_CRASH_H

#include <stdint.h>

/* Exit statuses the host sees (helix-sdk run passes them through). */
#define HX_EXIT_OK 0
#define HX_EXIT_UNCAUGHT 1
#define HX_EXIT_CRASH 3

typedef struct {
  const char *name;
  uint64_t value;
} hx_reg;

/*
 * Print the report and stop with HX_EXIT_CRASH. `detail` may be NULL; `regs`
 * may be empty. Target fault handlers call this with the registers they saved.
 */
__attribute__((noreturn)) void hx_crash(const char *cause, const char *detail, uint64_t pc, const hx_reg *regs,
                                        int nregs);

#endif
