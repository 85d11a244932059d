#include "crash.h"
#include "console.h"
#include "port.h"
#include "wasm_rt.h"

static const char *trap_text(int reason) {
  switch (reason) {
    case HX_TRAP_UNREACHABLE: return "unreachable code executed";
    case HX_TRAP_MEMORY_BOUNDS: return "linear memory access out of bounds";
    case HX_TRAP_DIV_ZERO: return "integer division by zero";
    case HX_TRAP_DIV_OVERFLOW: return "integer overflow in division";
    case HX_TRAP_CONVERSION: return "float to integer conversion of NaN or out of range";
    case HX_TRAP_TABLE_BOUNDS: return "indirect call index out of bounds";
    case HX_TRAP_NULL_ELEMENT: return "indirect call to a null table element";
    case HX_TRAP_SIGNATURE: return "indirect call signature mismatch";
    case HX_TRAP_UNCAUGHT: return "exception thrown with no handler";
    case HX_TRAP_STACK_OVERFLOW: return "call stack exhausted";
    default: return "unknown trap";
  }
}

/* Re-entry guard: a fault while reporting a fault must not loop. */
static volatile int crashing;

void hx_crash(const char *cause, const char *detail, uint64_t pc, const hx_reg *regs, int nregs) {
  if (crashing++) hx_exit(HX_EXIT_CRASH);
  int width = sizeof(void *) * 2;
  hx_console_flush_utf16();
  hx_console_str("\n*** CRASH: ");
  hx_console_str(cause);
  hx_console_str("\n");
  if (detail) {
    hx_console_str("    ");
    hx_console_str(detail);
    hx_console_str("\n");
  }
  hx_console_str("    pc  0x");
  hx_console_hex(pc, width);
  hx_console_str("\n");
  for (int i = 0; i < nregs; i++) {
    hx_console_str(i % 4 == 0 ? "    " : "  ");
    hx_console_str(regs[i].name);
    hx_console_str(" 0x");
    hx_console_hex(regs[i].value, width);
    if (i % 4 == 3 || i == nregs - 1) hx_console_str("\n");
  }
  hx_console_str("*** halted, exit status 3\n");
  hx_exit(HX_EXIT_CRASH);
}

void hx_trap(int reason) {
  uint64_t pc = (uint64_t)(uintptr_t)__builtin_return_address(0);
  hx_crash("WebAssembly trap", trap_text(reason), pc, 0, 0);
}
