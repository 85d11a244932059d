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

#endif
