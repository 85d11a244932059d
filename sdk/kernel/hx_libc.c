/*
 * memcpy and friends for freestanding builds. Compiled with
 * -fno-tree-loop-distribute-patterns so gcc does not turn these loops back into
 * calls to themselves. Word-at-a-time copies when both pointers are aligned keep
 * memory.copy and arena set-up fast on Cortex-M.
 */
#include <stdint.h>
#include "hx_libc.h"

#define WORD sizeof(uintptr_t)
#define ALIGNED(p) (((uintptr_t)(p) & (WORD - 1)) == 0)

void *memcpy(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if (ALIGNED(d) && ALIGNED(s)) {
    for (; n >= WORD; n -= WORD, d += WORD, s += WORD) *(uintptr_t *)d = *(const uintptr_t *)s;
  }
  while (n--) *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if (d == s || n == 0) return dst;
  if (d < s || d >= s + n) return memcpy(dst, src, n);
  while (n--) d[n] = s[n]; /* overlapping, destination above source: copy backwards */
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  uint8_t *d = dst;
  uint8_t b = (uint8_t)c;
  while (n && !ALIGNED(d)) { *d++ = b; n--; }
  uintptr_t w = b;
  w |= w << 8;
  w |= w << 16;
#if UINTPTR_MAX > 0xffffffffu
  w |= w << 32;
#endif
  for (; n >= WORD; n -= WORD, d += WORD) *(uintptr_t *)d = w;
  while (n--) *d++ = b;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a, *y = b;
  for (size_t i = 0; i < n; i++) {
    if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}
