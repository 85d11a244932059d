/*
 * Device interrupts delivered to tasks. TypeScript never runs in interrupt
 * context: the board's interrupt controller driver masks and acknowledges a
 * line, then hx_irq_dispatch gives the semaphore bound to it, which releases a
 * job of the handler task (task.c, sporadic release). When that job ends the
 * line is unmasked again, so a level-triggered device cannot storm the CPU.
 * (Edge-triggered controllers, the x86 I/O APIC, leave the line unmasked: an
 * edge on a masked pin would be lost.)
 */
#ifndef HX_INTERRUPT_H
#define HX_INTERRUPT_H

#include <stdint.h>

#ifndef HX_IRQ_LINES
#define HX_IRQ_LINES 128
#endif

enum {
  HX_IRQ_ERR_LINE = -1,   /* no such line on this controller */
  HX_IRQ_ERR_BOUND = -2,  /* the line already has a handler */
  HX_IRQ_ERR_NONE = -3,   /* the board has no interrupt controller driver */
};

/* Bind `line` to semaphore `sem` and unmask it. */
int hx_irq_bind(int line, int sem);
/* The handler's job for `line` has finished: unmask it. */
void hx_irq_done(int line);
/* Some line is bound: a task waiting forever may be waiting for a device, not deadlocked. */
int hx_irq_any_bound(void);

/* From the controller driver, in interrupt context, with `line` already masked and acknowledged. */
void hx_irq_dispatch(int line);

/* Interrupts of lines that had no handler (they stay masked). */
extern volatile uint32_t hx_irq_unhandled;

/*
 * The board's interrupt controller driver ([interrupts] controller). enable: the one-time set-up at bind
 * (routing, priority, the CPU's enable) and unmask; disable: mask. unmask: after each handler job, on the
 * hot path (default: enable; edge-triggered controllers, which never mask, make it nothing).
 */
int hx_irq_line_enable(int line);  /* 0, or HX_IRQ_ERR_LINE / HX_IRQ_ERR_NONE */
void hx_irq_line_disable(int line);
void hx_irq_line_unmask(int line);

#endif
