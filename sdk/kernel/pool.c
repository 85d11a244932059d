/* Fixed-block pools (pool.h). */
#include "pool.h"

#include "port.h"
#include "sched.h"
#include "task.h"

void hx_pools_init(void) {
  for (int p = 0; p < hx_pool_count; p++) {
    hx_pool *pool = &hx_pools[p];
    pool->free_list = 0;
    for (uint32_t i = pool->count; i-- > 0;) { /* lowest address first */
      void **block = (void **)(pool->storage + (uintptr_t)i * pool->block);
      *block = pool->free_list;
      pool->free_list = block;
    }
    pool->used = pool->high_water = 0;
  }
}

void *hx_pool_alloc(int p) {
  if (p < 0 || p >= hx_pool_count) return 0;
  hx_pool *pool = &hx_pools[p];
  uint32_t irq = hx_irq_disable();
  void **block = pool->free_list;
  if (block) {
    pool->free_list = *block;
    if (++pool->used > pool->high_water) pool->high_water = pool->used;
  }
  hx_irq_restore(irq);
  return block;
}

int hx_pool_free(int p, void *block) {
  if (p < 0 || p >= hx_pool_count) return 0;
  hx_pool *pool = &hx_pools[p];
  uintptr_t offset = (uintptr_t)block - (uintptr_t)pool->storage;
  if ((uintptr_t)block < (uintptr_t)pool->storage || offset >= (uintptr_t)pool->count * pool->block ||
      offset % pool->block) {
    return 0;
  }
  uint32_t irq = hx_irq_disable();
  *(void **)block = pool->free_list;
  pool->free_list = block;
  pool->used--;
  hx_irq_restore(irq);
  hx_task *w = hx_task_best_waiter(pool);
  if (w) hx_task_unblock(w);
  return 1;
}

void *hx_pool_alloc_wait(int p, uint64_t deadline) {
  for (;;) {
    void *block = hx_pool_alloc(p);
    if (block || p < 0 || p >= hx_pool_count) return block;
    if (deadline != UINT64_MAX && hx_timer_ticks() >= deadline) return 0;
    if (hx_task_wait(&hx_pools[p], deadline) != HX_WAIT_OK) return 0;
  }
}
