/* x86_64 exception decoding for the crash report. */
#include <stdint.h>

#include "crash.h"

/* Pushed by idt.S, lowest address first. */
typedef struct {
  uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
  uint64_t vector, error;
  uint64_t rip, cs, rflags, rsp, ss; /* pushed by the CPU */
} hx_x86_frame;

static const char *const names[32] = {
  "divide error (#DE)", "debug (#DB)", "non-maskable interrupt", "breakpoint (#BP)", "overflow (#OF)",
  "bound range exceeded (#BR)", "invalid opcode (#UD)", "device not available (#NM)", "double fault (#DF)",
  "coprocessor segment overrun", "invalid TSS (#TS)", "segment not present (#NP)", "stack-segment fault (#SS)",
  "general protection fault (#GP)", "page fault (#PF)", "reserved", "x87 floating-point error (#MF)",
  "alignment check (#AC)", "machine check (#MC)", "SIMD floating-point exception (#XM)", "virtualization (#VE)",
  "control protection (#CP)", "reserved", "reserved", "reserved", "reserved", "reserved", "reserved",
  "hypervisor injection", "VMM communication (#VC)", "security exception (#SX)", "reserved",
};

__attribute__((noreturn)) void hx_x86_fault(const hx_x86_frame *f) {
  uint64_t cr2;
  __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
  hx_reg regs[] = {
    { "rax", f->rax }, { "rbx", f->rbx }, { "rcx", f->rcx }, { "rdx", f->rdx },
    { "rsi", f->rsi }, { "rdi", f->rdi }, { "rbp", f->rbp }, { "rsp", f->rsp },
    { "r8 ", f->r8 }, { "r9 ", f->r9 }, { "r10", f->r10 }, { "r11", f->r11 },
    { "r12", f->r12 }, { "r13", f->r13 }, { "r14", f->r14 }, { "r15", f->r15 },
    { "err", f->error }, { "cr2", cr2 }, { "rfl", f->rflags }, { "cs ", f->cs },
  };
  hx_crash(names[f->vector & 31], 0, f->rip, regs, sizeof regs / sizeof regs[0]);
}
