/* Semaphores, mutexes with priority inheritance, event flags and channels (sync.c). */
#ifndef HX_SYNC_H
#define HX_SYNC_H

#include <stdint.h>

#include "task.h"

#ifndef HX_MAX_SEMAPHORES
#define HX_MAX_SEMAPHORES 16
#endif
#ifndef HX_MAX_MUTEXES
#define HX_MAX_MUTEXES 16
#endif
#ifndef HX_MAX_EVENT_FLAGS
#define HX_MAX_EVENT_FLAGS 8
#endif
#ifndef HX_MAX_CHANNELS
#define HX_MAX_CHANNELS 8
#endif
#define HX_CHANNEL_STORE_WORDS 1024 /* all channels' slots together, in 8-byte words */
#define HX_MESSAGE_MAX_WORDS 8

/* Errors (negative); successes are 1 (done) or 0 (timed out / would block). */
#define HX_SYNC_ERR_FULL (-1)       /* no free object, or no room for a channel */
#define HX_SYNC_ERR_ARG (-2)        /* no such object, or a bad argument or caller */
#define HX_SYNC_ERR_DEADLOCK (-3)   /* locking a mutex the caller already holds */
#define HX_SYNC_ERR_NOT_OWNER (-4)  /* unlocking a mutex the caller does not hold */

/* `deadline` is absolute, in timer ticks: UINT64_MAX waits for ever, 0 only tries. */
int hx_sem_create(int32_t initial, int32_t max);
int hx_sem_take(int id, uint64_t deadline);
int hx_sem_give(int id);

/* From interrupt context: carried out at the kernel's next decision (see sync.c). */
void hx_sem_give_from_isr(int id);
/* Carry out the gives interrupts made since the last call (the core calls it before every decision). */
void hx_sync_drain(void);
/* The software interrupt's handler gives this semaphore; targets call hx_soft_irq from the interrupt. */
void hx_soft_irq_bind(int sem);
void hx_soft_irq(void);
extern volatile uint32_t hx_soft_irq_count;

int hx_mutex_create(int inherit);
int hx_mutex_lock(int id, uint64_t deadline);
int hx_mutex_unlock(int id);

int hx_flags_create(void);
int hx_flags_set(int id, uint32_t bits);
int hx_flags_clear(int id, uint32_t bits);
/* The flags that satisfied the wait (all of mask, or any of it), or 0 on timeout. */
int64_t hx_flags_wait(int id, uint32_t mask, int all, int clear, uint64_t deadline);

int hx_channel_create(int capacity, int words);
/* The calling task's message area (HX_MESSAGE_MAX_WORDS doubles): send copies from it, receive into it. */
double *hx_message_area(void);
int hx_channel_send(int id, uint64_t deadline);
int hx_channel_receive(int id, uint64_t deadline);

#endif
