/*
 * RISC-V platform-level interrupt controller, the boot hart's M-mode context.
 * Board keys: [interrupts] base, context (0 for hart 0 on QEMU virt, sifive_u
 * and the K210; 1 for hart 1 on sifive_u, whose hart 0 has no S-mode).
 * A claimed source is masked before its handler task is released (interrupt.h).
 */
#include <stdint.h>

#include "interrupt.h"

#define PLIC_PRIORITY(src) (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE + 4u * (uint32_t)(src)))
#ifndef HX_INTERRUPTS_CONTEXT
#define HX_INTERRUPTS_CONTEXT 0
#endif
#define CONTEXT ((uint32_t)(HX_INTERRUPTS_CONTEXT))
#define PLIC_ENABLE(word) \
  (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE + 0x2000u + 0x80u * CONTEXT + 4u * (uint32_t)(word)))
#define PLIC_THRESHOLD (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE + 0x200000u + 0x1000u * CONTEXT))
#define PLIC_CLAIM (*(volatile uint32_t *)(uintptr_t)(HX_INTERRUPTS_BASE + 0x200004u + 0x1000u * CONTEXT))
#define MIE_MEIE (1u << 11)
#define MSTATUS_MIE (1u << 3)
#define PLIC_SOURCES 96 /* sources 1..95 */

int hx_irq_line_enable(int line) {
  if (line <= 0 || line >= PLIC_SOURCES) return HX_IRQ_ERR_LINE;
  PLIC_PRIORITY(line) = 1;
  __atomic_fetch_or(&PLIC_ENABLE(line >> 5), 1u << (line & 31), __ATOMIC_SEQ_CST);
  /* After the enable bit: QEMU 7.2's PLIC recomputes its output on a threshold write but not on an enable
     write, so a source that became pending while masked would wait for the device's next change (a UART
     holding its one byte never makes one: reception stopped). Real PLICs need no help; it costs one store. */
  PLIC_THRESHOLD = 0;
  __asm__ volatile("csrs mie, %0" : : "r"(MIE_MEIE));
  __asm__ volatile("csrs mstatus, %0" : : "r"(MSTATUS_MIE));
  return 0;
}

void hx_irq_line_disable(int line) {
  if (line <= 0 || line >= PLIC_SOURCES) return;
  __atomic_fetch_and(&PLIC_ENABLE(line >> 5), ~(1u << (line & 31)), __ATOMIC_SEQ_CST);
}

/* From the trap entry (targets/riscv64/trap.c): machine external interrupt. */
void hx_riscv_external_interrupt(void) {
  uint32_t src;
  while ((src = PLIC_CLAIM) != 0) {
    hx_irq_line_disable((int)src);
    PLIC_CLAIM = src; /* complete */
    hx_irq_dispatch((int)src);
  }
}
