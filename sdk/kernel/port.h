/*
 * What a board supplies to the kernel. Each function is implemented by the
 * driver the board file names (sdk/kernel/drivers/ or targets/<isa>/), so the
 * kernel itself holds no board knowledge.
 */
#ifndef HX_PORT_H
#define HX_PORT_H

#include <stdint.h>

/* Clocks (board key [clock]; optional: QEMU boards start at their final frequency). */
void hx_clock_init(void);

/* Console UART (board key [console]). */
void hx_uart_init(void);
void hx_uart_putc(uint8_t c);
int hx_uart_getc(void); /* the next received byte, or -1 when none is waiting */

/* Monotonic time (board key [timer]); HX_TIMER_HZ is defined by the build. */
uint64_t hx_timer_ticks(void);

/* Leave the program with a status the host sees (board key [exit]). The kernel's
   hx_exit (exit.c) reports the run's statistics first, then calls this. */
__attribute__((noreturn)) void hx_port_exit(int status);
__attribute__((noreturn)) void hx_exit(int status);

/* A periodic interrupt at hz that calls hx_tick() (task.h), for preemptive schedulers
   (the board's timer driver or the target: SysTick, CLINT mtimecmp, local APIC timer). */
void hx_tick_start(uint32_t hz);

/* Mask interrupts and return what to restore (target code): short critical sections shared with handlers. */
uint32_t hx_irq_disable(void);
void hx_irq_restore(uint32_t state);

/* Raise the CPU's software interrupt (SVC, CLINT MSIP, int 0x31); its handler calls hx_soft_irq (sync.h). */
void hx_raise_soft_irq(void);

/* Put the CPU to sleep until something happens (target code). */
void hx_cpu_idle(void);

#endif
