/*
 * The few C library routines the kernel and translated code need. Firmware is
 * linked without a C library, so these are the only implementations; the
 * compiler may also call memcpy/memset/memmove/memcmp by name.
 */
#ifndef HX_LIBC_H
#define HX_LIBC_H

#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#define hx_memcpy memcpy
#define hx_memmove memmove
#define hx_memset memset

#endif
