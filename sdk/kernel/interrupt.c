/* Device interrupt lines bound to semaphores (see interrupt.h). Policy-free: no controller knowledge here. */
#include "interrupt.h"
#include "sync.h"

static int16_t bound_semaphore[HX_IRQ_LINES]; /* semaphore + 1; 0 = unbound */
static int bound_lines;
volatile uint32_t hx_irq_unhandled;

int hx_irq_bind(int line, int sem) {
  if (line < 0 || line >= HX_IRQ_LINES) return HX_IRQ_ERR_LINE;
  if (bound_semaphore[line]) return HX_IRQ_ERR_BOUND;
  bound_semaphore[line] = (int16_t)(sem + 1);
  int err = hx_irq_line_enable(line);
  if (err) {
    bound_semaphore[line] = 0;
    return err;
  }
  bound_lines++;
  return 0;
}

void hx_irq_done(int line) {
  if (line >= 0 && line < HX_IRQ_LINES && bound_semaphore[line]) hx_irq_line_unmask(line);
}

int hx_irq_any_bound(void) {
  return bound_lines != 0;
}

void hx_irq_dispatch(int line) {
  if (line < 0 || line >= HX_IRQ_LINES || !bound_semaphore[line]) {
    hx_irq_unhandled++;
    return;
  }
  hx_sem_give_from_isr(bound_semaphore[line] - 1);
}

/* Boards without an interrupt controller driver. */
__attribute__((weak)) int hx_irq_line_enable(int line) {
  (void)line;
  return HX_IRQ_ERR_NONE;
}

__attribute__((weak)) void hx_irq_line_disable(int line) {
  (void)line;
}

/* Controllers whose enable is just the unmask. */
__attribute__((weak)) void hx_irq_line_unmask(int line) {
  hx_irq_line_enable(line);
}
