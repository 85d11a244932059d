/*
 * Fixed-block pools declared in the board file ([pools]): O(1) allocation and
 * release through an intrusive free list, safe from tasks and interrupt
 * handlers, with use and high-water marks for the statistics.
 */
#ifndef HX_POOL_H
#define HX_POOL_H

#include <stdint.h>

typedef struct hx_pool {
  const char *name;
  uint32_t block;      /* bytes per block (a multiple of 8) */
  uint32_t count;
  uint8_t *storage;    /* count x block bytes */
  void *free_list;
  uint32_t used, high_water;
} hx_pool;

/* The board's pools (generated from templates/c/pools.c.njk). */
extern hx_pool hx_pools[];
extern const int hx_pool_count;

void hx_pools_init(void);
/* A block, or null when the pool is exhausted (or does not exist). */
void *hx_pool_alloc(int pool);
/* 1, or 0 when the block does not belong to the pool. */
int hx_pool_free(int pool, void *block);
/* Like hx_pool_alloc, waiting until `deadline` (timer ticks, UINT64_MAX: none) for a block; tasks only. */
void *hx_pool_alloc_wait(int pool, uint64_t deadline);

#endif
