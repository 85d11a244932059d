/*
 * Host functions behind typed register access (sdk/api/registers.ts): each is
 * one volatile load or store, or one read-modify-write. A target whose devices
 * also live in a separate I/O space (x86 ports) routes low addresses there
 * through its io_space.h.
 */
#include <stdint.h>

#if __has_include("io_space.h")
#include "io_space.h"
#else
#define HX_IO_SPACE(addr) 0
#define HX_IO_READ(bits, addr) 0
#define HX_IO_WRITE(bits, addr, v) ((void)0)
#endif

/* JavaScript's ToUint32 for the values a driver writes: integers, possibly negative (`~0`, `1 << 31`). */
static inline uint32_t to_u32(double v) {
  if (v >= 0 && v < 4294967296.0) return (uint32_t)v;
  if (v < 0 && v >= -2147483648.0) return (uint32_t)(int32_t)v;
  return 0; /* NaN, infinities, out of range: a driver bug; writing 0 is the safe choice */
}

static inline uintptr_t address(double a) {
  return (uintptr_t)(a >= 0 ? a : 0);
}

#define MMIO_FUNCTIONS(bits)                                                                         \
  double hx_host_mmio_read##bits(double a) {                                                         \
    uintptr_t p = address(a);                                                                        \
    if (HX_IO_SPACE(p)) return (double)HX_IO_READ(bits, p);                                          \
    return (double)*(volatile uint##bits##_t *)p;                                                    \
  }                                                                                                  \
  void hx_host_mmio_write##bits(double a, double v) {                                                \
    uintptr_t p = address(a);                                                                        \
    if (HX_IO_SPACE(p)) HX_IO_WRITE(bits, p, (uint##bits##_t)to_u32(v));                             \
    else *(volatile uint##bits##_t *)p = (uint##bits##_t)to_u32(v);                                 \
  }                                                                                                  \
  void hx_host_mmio_modify##bits(double a, double mask, double v) {                                  \
    uintptr_t p = address(a);                                                                        \
    uint##bits##_t m = (uint##bits##_t)to_u32(mask), b = (uint##bits##_t)to_u32(v) & m;              \
    if (HX_IO_SPACE(p)) {                                                                            \
      HX_IO_WRITE(bits, p, (uint##bits##_t)((HX_IO_READ(bits, p) & ~m) | b));                        \
    } else {                                                                                         \
      volatile uint##bits##_t *r = (volatile uint##bits##_t *)p;                                     \
      *r = (uint##bits##_t)((*r & ~m) | b);                                                          \
    }                                                                                                \
  }

MMIO_FUNCTIONS(8)
MMIO_FUNCTIONS(16)
MMIO_FUNCTIONS(32)
