#include "crash.h"
#include "console.h"
#include "port.h"
#include "task.h"
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

/* The program's code and the main stack, from the linker script (weak: hosted test builds have none). */
extern const char _hx_text_start[] __attribute__((weak));
extern const char _hx_text_end[] __attribute__((weak));
extern char _hx_stack_bottom[] __attribute__((weak));
extern char _hx_stack_top[] __attribute__((weak));

/* Could v be a return address? It must point into the code (on Thumb with bit 0 set, as BL leaves it). */
static int looks_like_return_address(uintptr_t v) {
#if defined(__thumb__)
  if (!(v & 1)) return 0;
  v &= ~(uintptr_t)1;
#endif
  return v > (uintptr_t)_hx_text_start && v < (uintptr_t)_hx_text_end;
}

/*
 * Print the values on the stack above sp that look like return addresses, newest first: the host
 * (helix-sdk monitor and run) decodes them into the functions the fault happened under, down to the
 * TypeScript. Only the stack sp is in (a task's or the main stack) is read, so this cannot fault.
 */
static void print_return_addresses(uintptr_t sp, int width) {
  uintptr_t lo = 0, hi = 0;
  if (!_hx_text_end || !_hx_stack_top) return;
  if (hx_task_current && sp >= (uintptr_t)hx_task_current->stack && sp < (uintptr_t)hx_task_current->stack + HX_TASK_STACK_BYTES) {
    lo = (uintptr_t)hx_task_current->stack;
    hi = lo + HX_TASK_STACK_BYTES;
  } else if (sp >= (uintptr_t)_hx_stack_bottom && sp < (uintptr_t)_hx_stack_top) {
    lo = (uintptr_t)_hx_stack_bottom;
    hi = (uintptr_t)_hx_stack_top;
  }
  if (!hi) return;
  int found = 0;
  for (uintptr_t p = (sp | (sizeof(uintptr_t) - 1)) + 1 - sizeof(uintptr_t); p >= lo && p + sizeof(uintptr_t) <= hi && found < 12; p += sizeof(uintptr_t)) {
    uintptr_t v = *(const uintptr_t *)p;
    if (!looks_like_return_address(v)) continue;
    hx_console_str(found % 4 == 0 ? (found ? "\n          " : "    stack ") : " ");
    hx_console_str("0x");
    hx_console_hex(v, width);
    found++;
  }
  if (found) hx_console_str("\n");
}

static uintptr_t stack_pointer(const hx_reg *regs, int nregs) {
  for (int i = 0; i < nregs; i++) {
    const char *n = regs[i].name;
    if ((n[0] == 's' && n[1] == 'p' && (n[2] == 0 || n[2] == ' ')) || (n[0] == 'r' && n[1] == 's' && n[2] == 'p')) {
      return (uintptr_t)regs[i].value;
    }
  }
  return (uintptr_t)__builtin_frame_address(0);
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
  print_return_addresses(stack_pointer(regs, nregs), width);
  hx_console_str("*** halted, exit status 3\n");
  hx_exit(HX_EXIT_CRASH);
}

void hx_trap(int reason) {
  uint64_t pc = (uint64_t)(uintptr_t)__builtin_return_address(0);
  hx_crash("WebAssembly trap", trap_text(reason), pc, 0, 0);
}
