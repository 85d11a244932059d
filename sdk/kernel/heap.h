/*
 * The JavaScript heap: a bump allocator over the part of the arena (the board's
 * [runtime] heap) that the program's static data leaves free. Porffor never
 * frees, so the high-water mark is simply how far the pointer got.
 */
#ifndef HX_HEAP_H
#define HX_HEAP_H

#include <stdint.h>

/*
 * Where the program's static data ends, and the slot size of its static arrays
 * (the translated module's init calls this).
 */
void hx_heap_init(uint32_t static_bytes, uint32_t slot_bytes);

/* The function that is allocating, for the out-of-memory report (set by translated code). */
extern const char *hx_alloc_site;

/* Bytes of the arena in use at the highest point: static data plus heap. */
uint32_t hx_heap_high_water(void);

/* A zeroed block of n bytes (rounded up to 4); its size sits in the 4 bytes before it. */
uint32_t hx_heap_block(uint32_t n);
uint32_t hx_heap_block_size(uint32_t at);

/*
 * Grow the newest block to hold `need` bytes (doubling, but not past `limit`
 * when that still holds need); 0 when `at` is not the newest block. Running
 * out of arena is the out-of-memory fault.
 */
int hx_heap_grow_in_place(uint32_t at, uint64_t need, uint64_t limit);

/* Room for `need` bytes in an array that lives in the static data (the rest are relocatable: arrays.c). */
void hx_heap_static_array_reserve(uint32_t array, uint64_t need);

#endif
