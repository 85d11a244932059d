/*
 * Host functions behind sdk/api/pools.ts. A block is named to TypeScript by a
 * handle, pool x 65536 + block index, never by its address.
 */
#include "pool.h"
#include "task.h"

static char name_buf[24];

void hx_host_pool_name_char(double index, double code) {
  int i = (int)index;
  if (i >= 0 && i < (int)sizeof name_buf - 1) name_buf[i] = (char)(int)code;
}

/* The pool whose name was just spelled out (length `len`), or -1. */
double hx_host_pool_find(double len) {
  int n = (int)len;
  if (n < 0 || n >= (int)sizeof name_buf) return -1;
  name_buf[n] = 0;
  for (int p = 0; p < hx_pool_count; p++) {
    const char *a = hx_pools[p].name, *b = name_buf;
    while (*a && *a == *b) a++, b++;
    if (*a == *b) return p;
  }
  return -1;
}

double hx_host_pool_alloc(double pool, double timeout_us) {
  int p = (int)pool;
  uint8_t *block = timeout_us == 0 ? hx_pool_alloc(p) : hx_pool_alloc_wait(p, hx_deadline_after_us(timeout_us));
  if (!block) return -1;
  /* One integer-to-double conversion: soft-float costs then do not depend on the pool's fill level. */
  return (double)(((uint32_t)p << 16) | (uint32_t)((uintptr_t)(block - hx_pools[p].storage) / hx_pools[p].block));
}

static uint8_t *block_of(double handle) {
  if (!(handle >= 0 && handle < 4294967296.0)) return 0;
  uint32_t h = (uint32_t)handle;
  int p = (int)(h >> 16);
  uint32_t i = h & 0xffff;
  if (p >= hx_pool_count || i >= hx_pools[p].count) return 0;
  return hx_pools[p].storage + (uintptr_t)i * hx_pools[p].block;
}

double hx_host_pool_free(double handle) {
  uint8_t *block = block_of(handle);
  return block && hx_pool_free((int)((uint32_t)handle >> 16), block) ? 1 : 0;
}

/* Bytes of a block; the free-list link lives in the first word only while the block is free. */
double hx_host_block_get(double handle, double offset) {
  uint8_t *block = block_of(handle);
  uint32_t o = (uint32_t)offset;
  if (!block || offset < 0 || o >= hx_pools[(uint32_t)handle >> 16].block) return -1;
  return block[o];
}

double hx_host_block_set(double handle, double offset, double value) {
  uint8_t *block = block_of(handle);
  uint32_t o = (uint32_t)offset;
  if (!block || offset < 0 || o >= hx_pools[(uint32_t)handle >> 16].block) return 0;
  block[o] = (uint8_t)(int)value;
  return 1;
}

/* field: 0 block size, 1 count, 2 in use, 3 high-water mark */
double hx_host_pool_stat(double pool, double field) {
  int p = (int)pool;
  if (p < 0 || p >= hx_pool_count) return -1;
  switch ((int)field) {
    case 0: return hx_pools[p].block;
    case 1: return hx_pools[p].count;
    case 2: return hx_pools[p].used;
    case 3: return hx_pools[p].high_water;
    default: return -1;
  }
}
