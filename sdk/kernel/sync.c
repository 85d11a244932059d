/*
 * Inter-task communication: counting semaphores, mutexes with priority
 * inheritance, event flags and bounded channels that copy their messages.
 * Objects live in fixed tables and are named by index. Every blocking call takes
 * a deadline (UINT64_MAX for none, 0 or the past to only try); who gets an
 * object first is the scheduler's ranking (sched.h precedes). Under a preemptive
 * scheduler, waking a task that outranks the caller switches to it at once.
 */
#include "sync.h"

#include "port.h"
#include "sched.h"

typedef struct { int used; int32_t count, max; } hx_semaphore;
typedef struct { int used; uint8_t inherit; hx_task *owner; } hx_mutex;
typedef struct { int used; uint32_t bits; } hx_flags;
typedef struct {
  int used;
  uint16_t words, capacity, head, count;
  double *slots; /* capacity x words */
} hx_channel;

static hx_semaphore semaphores[HX_MAX_SEMAPHORES];
static hx_mutex mutexes[HX_MAX_MUTEXES];
static hx_flags flag_groups[HX_MAX_EVENT_FLAGS];
static hx_channel channels[HX_MAX_CHANNELS];
static double channel_store[HX_CHANNEL_STORE_WORDS];
static uint32_t channel_store_used;

/* What each waiting task asked for (event flags) and the message area of each task (channels). */
static struct { uint32_t mask; uint8_t all, clear; uint32_t got; } flag_waits[HX_MAX_TASKS];
static double staging[HX_MAX_TASKS + 1][HX_MESSAGE_MAX_WORDS]; /* the last row serves the top level */

#define VALID(table, id) ((id) >= 0 && (id) < (int)(sizeof table / sizeof table[0]) && table[id].used)
#define CLAIM(table)                                                                           \
  for (int i = 0; i < (int)(sizeof table / sizeof table[0]); i++) {                             \
    if (!table[i].used) { __builtin_memset(&table[i], 0, sizeof table[i]); table[i].used = 1; return i; } \
  }                                                                                             \
  return HX_SYNC_ERR_FULL

/* A task the caller just made ready may outrank it: let the scheduler decide now. */
static void maybe_preempt(const hx_task *woken) {
  if (woken && hx_task_current && hx_scheduler_module.preemptive && hx_scheduler_module.precedes(woken, hx_task_current)) {
    hx_task_yield();
  }
}

static int wait_on(const void *on, uint64_t deadline) {
  if (deadline != UINT64_MAX && hx_timer_ticks() >= deadline) return HX_WAIT_TIMEOUT;
  return hx_task_wait(on, deadline);
}

/* ---- semaphores -------------------------------------------------------------- */

int hx_sem_create(int32_t initial, int32_t max) {
  if (initial < 0 || max < 1 || initial > max) return HX_SYNC_ERR_ARG;
  for (int i = 0; i < HX_MAX_SEMAPHORES; i++) {
    if (!semaphores[i].used) {
      semaphores[i] = (hx_semaphore){ 1, initial, max };
      return i;
    }
  }
  return HX_SYNC_ERR_FULL;
}

int hx_sem_take(int id, uint64_t deadline) {
  if (!VALID(semaphores, id)) return HX_SYNC_ERR_ARG;
  hx_sync_drain();
  hx_semaphore *s = &semaphores[id];
  if (s->count > 0) { /* a give hands the count straight to a waiter, so none is left behind */
    s->count--;
    return 1;
  }
  return wait_on(s, deadline) == HX_WAIT_OK;
}

/* Give one unit; the waiter it wakes, if any. */
static hx_task *give_one(hx_semaphore *s, int *given) {
  hx_task *w = hx_task_best_waiter(s);
  *given = 1;
  if (w) {
    hx_task_unblock(w);
    return w;
  }
  if (s->count >= s->max) *given = 0;
  else s->count++;
  return 0;
}

int hx_sem_give(int id) {
  if (!VALID(semaphores, id)) return HX_SYNC_ERR_ARG;
  int given;
  maybe_preempt(give_one(&semaphores[id], &given));
  return given;
}

/*
 * Interrupt handlers never touch the kernel's task state: a give from an
 * interrupt is counted here and carried out by the kernel at its next decision
 * (hx_sync_drain: every reschedule, every take), and the preemption flag asks
 * the running task to come to one at its next preemption point.
 */
static volatile uint16_t isr_gives[HX_MAX_SEMAPHORES];
static volatile uint8_t isr_gave; /* any isr_gives pending: the common case costs one load */

void hx_sem_give_from_isr(int id) {
  if (id < 0 || id >= HX_MAX_SEMAPHORES) return;
  isr_gives[id]++;
  isr_gave = 1;
  hx_preempt_pending = 1;
}

void hx_sync_drain(void) {
  if (!isr_gave) return;
  isr_gave = 0; /* before the scan: a give that lands during it sets it again */
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_SEMAPHORES; i++) {
    if (!isr_gives[i]) continue;
    uint32_t irq = hx_irq_disable();
    uint16_t n = isr_gives[i];
    isr_gives[i] = 0;
    hx_irq_restore(irq);
    while (n-- && semaphores[i].used) {
      int given;
      hx_task *w = give_one(&semaphores[i], &given);
      if (w && (!best || hx_scheduler_module.precedes(w, best))) best = w;
    }
  }
  if (best && hx_task_current && hx_scheduler_module.precedes(best, hx_task_current)) hx_preempt_pending = 1;
}

/* The CPU's software interrupt (port.h hx_raise_soft_irq) gives one semaphore: a stand-in for a device. */
static volatile int soft_irq_semaphore = -1;
volatile uint32_t hx_soft_irq_count;

void hx_soft_irq_bind(int sem) {
  soft_irq_semaphore = sem;
}

void hx_soft_irq(void) {
  hx_soft_irq_count++;
  if (soft_irq_semaphore >= 0) hx_sem_give_from_isr(soft_irq_semaphore);
}

/* ---- mutexes ----------------------------------------------------------------- */

int hx_mutex_create(int inherit) {
  for (int i = 0; i < HX_MAX_MUTEXES; i++) {
    if (!mutexes[i].used) {
      mutexes[i] = (hx_mutex){ 1, (uint8_t)(inherit != 0), 0 };
      return i;
    }
  }
  return HX_SYNC_ERR_FULL;
}

/* A task inherits the best-ranked waiter of the inheriting mutexes it holds (`joining`: a task about to wait on `m`). */
static void update_donor(hx_task *owner, const hx_mutex *m, hx_task *joining) {
  if (!owner) return;
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_MUTEXES; i++) {
    if (!mutexes[i].used || mutexes[i].owner != owner || !mutexes[i].inherit) continue;
    hx_task *w = hx_task_best_waiter(&mutexes[i]);
    if (&mutexes[i] == m && joining && (!w || hx_scheduler_module.precedes(joining, w))) w = joining;
    if (w && (!best || hx_scheduler_module.precedes(w, best))) best = w;
  }
  owner->donor = best;
}

/* Mutexes belong to tasks: the top level, which runs before any task, cannot hold one. */
int hx_mutex_lock(int id, uint64_t deadline) {
  hx_task *me = hx_task_current;
  if (!VALID(mutexes, id) || !me) return HX_SYNC_ERR_ARG;
  hx_mutex *m = &mutexes[id];
  if (!m->owner) {
    m->owner = me;
    return 1;
  }
  if (m->owner == me) return HX_SYNC_ERR_DEADLOCK;
  update_donor(m->owner, m, me);
  int r = wait_on(m, deadline);
  if (r != HX_WAIT_OK) update_donor(m->owner, 0, 0); /* gave up: the owner may rank lower again */
  return r == HX_WAIT_OK;
}

int hx_mutex_unlock(int id) {
  hx_task *me = hx_task_current;
  if (!VALID(mutexes, id) || !me) return HX_SYNC_ERR_ARG;
  hx_mutex *m = &mutexes[id];
  if (m->owner != me) return HX_SYNC_ERR_NOT_OWNER;
  hx_task *next = hx_task_best_waiter(m);
  m->owner = next; /* handed over directly: no one can barge in between */
  update_donor(me, 0, 0);
  if (next) {
    hx_task_unblock(next);
    update_donor(next, 0, 0);
    maybe_preempt(next);
  }
  return 1;
}

/* ---- event flags --------------------------------------------------------------- */

int hx_flags_create(void) {
  CLAIM(flag_groups);
}

static int satisfied(uint32_t bits, uint32_t mask, int all) {
  return all ? (bits & mask) == mask : (bits & mask) != 0;
}

int hx_flags_set(int id, uint32_t bits) {
  if (!VALID(flag_groups, id)) return HX_SYNC_ERR_ARG;
  hx_flags *f = &flag_groups[id];
  f->bits |= bits;
  hx_task *best = 0;
  for (int i = 0; i < HX_MAX_TASKS; i++) {
    hx_task *t = &hx_tasks[i];
    if (t->state != HX_TASK_SLEEPING || t->blocked_on != f) continue;
    if (!satisfied(f->bits, flag_waits[i].mask, flag_waits[i].all)) continue;
    flag_waits[i].got = f->bits & flag_waits[i].mask;
    if (flag_waits[i].clear) f->bits &= ~flag_waits[i].mask;
    hx_task_unblock(t);
    if (!best || hx_scheduler_module.precedes(t, best)) best = t;
  }
  maybe_preempt(best);
  return 1;
}

int hx_flags_clear(int id, uint32_t bits) {
  if (!VALID(flag_groups, id)) return HX_SYNC_ERR_ARG;
  flag_groups[id].bits &= ~bits;
  return 1;
}

int64_t hx_flags_wait(int id, uint32_t mask, int all, int clear, uint64_t deadline) {
  if (!VALID(flag_groups, id) || !mask) return HX_SYNC_ERR_ARG;
  hx_flags *f = &flag_groups[id];
  if (satisfied(f->bits, mask, all)) {
    uint32_t got = f->bits & mask;
    if (clear) f->bits &= ~mask;
    return got;
  }
  hx_task *me = hx_task_current;
  if (!me) return 0;
  flag_waits[me->id].mask = mask;
  flag_waits[me->id].all = (uint8_t)(all != 0);
  flag_waits[me->id].clear = (uint8_t)(clear != 0);
  return wait_on(f, deadline) == HX_WAIT_OK ? flag_waits[me->id].got : 0;
}

/* ---- channels ------------------------------------------------------------------ */

int hx_channel_create(int capacity, int words) {
  if (capacity < 1 || capacity > 65535 || words < 1 || words > HX_MESSAGE_MAX_WORDS) return HX_SYNC_ERR_ARG;
  uint32_t need = (uint32_t)capacity * (uint32_t)words;
  if (need > HX_CHANNEL_STORE_WORDS - channel_store_used) return HX_SYNC_ERR_FULL;
  for (int i = 0; i < HX_MAX_CHANNELS; i++) {
    if (!channels[i].used) {
      channels[i] = (hx_channel){ 1, (uint16_t)words, (uint16_t)capacity, 0, 0, &channel_store[channel_store_used] };
      channel_store_used += need;
      return i;
    }
  }
  return HX_SYNC_ERR_FULL;
}

double *hx_message_area(void) {
  return staging[hx_task_current ? hx_task_current->id : HX_MAX_TASKS];
}

/* Waiters are told apart by which end they wait at. */
static const void *senders_of(hx_channel *c) { return (const char *)c + 1; }

int hx_channel_send(int id, uint64_t deadline) {
  if (!VALID(channels, id)) return HX_SYNC_ERR_ARG;
  hx_channel *c = &channels[id];
  while (c->count == c->capacity) {
    if (wait_on(senders_of(c), deadline) != HX_WAIT_OK) return 0;
  }
  double *slot = &c->slots[((c->head + c->count) % c->capacity) * c->words];
  __builtin_memcpy(slot, hx_message_area(), c->words * sizeof(double));
  c->count++;
  hx_task *r = hx_task_best_waiter(c);
  if (r) {
    hx_task_unblock(r);
    maybe_preempt(r);
  }
  return 1;
}

int hx_channel_receive(int id, uint64_t deadline) {
  if (!VALID(channels, id)) return HX_SYNC_ERR_ARG;
  hx_channel *c = &channels[id];
  while (c->count == 0) {
    if (wait_on(c, deadline) != HX_WAIT_OK) return 0;
  }
  __builtin_memcpy(hx_message_area(), &c->slots[c->head * c->words], c->words * sizeof(double));
  c->head = (uint16_t)((c->head + 1) % c->capacity);
  c->count--;
  hx_task *s = hx_task_best_waiter(senders_of(c));
  if (s) {
    hx_task_unblock(s);
    maybe_preempt(s);
  }
  return 1;
}
