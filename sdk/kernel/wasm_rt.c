/*
 * Linear memory, exceptions and software square root for translated Wasm.
 * See wasm_rt.h for the contract.
 */
#include "wasm_rt.h"
#include "hx_libc.h"

#ifndef HX_ARENA_BYTES
#error "HX_ARENA_BYTES (the board's heap size) must be defined by the build"
#endif

#define HX_PAGE 65536u

/* The arena is not zeroed by the startup code (section .hx_arena is NOLOAD and
   outside .bss); pages are cleared when they become part of linear memory. */
uint8_t hx_mem[HX_ARENA_BYTES] __attribute__((aligned(16), section(".hx_arena")));
const uint32_t hx_mem_max_bytes = HX_ARENA_BYTES;
uint32_t hx_mem_bytes;
uint32_t hx_mem_pages;
static uint32_t hx_mem_max_pages; /* the module's declared maximum */

hx_exception hx_exc;
hx_handler *hx_handler_top;

/* 0 lets any stack grow (host builds, tests); the kernel sets the real limit (task.c). */
uintptr_t hx_stack_limit;

volatile uint32_t hx_preempt_pending;

/* Without the kernel nothing preempts. */
__attribute__((weak)) void hx_preempt(void) {
  hx_preempt_pending = 0;
}

/* Without the kernel a stack overflow is a plain trap. */
__attribute__((weak)) void hx_stack_overflow(void) {
  hx_trap(HX_TRAP_STACK_OVERFLOW);
}

void hx_mem_reset(uint32_t pages, uint32_t max_pages) {
  /* Initial memory larger than the arena is cut to it: a program whose static
     data does not fit is reported by the heap (heap.c); any other access past
     the arena traps. */
  uint64_t bytes = (uint64_t)pages * HX_PAGE;
  hx_mem_pages = pages;
  hx_mem_max_pages = max_pages;
  hx_mem_bytes = bytes < HX_ARENA_BYTES ? (uint32_t)bytes : HX_ARENA_BYTES;
  hx_memset(hx_mem, 0, hx_mem_bytes);
  hx_handler_top = 0;
}

void hx_mem_use_whole_arena(void) {
  hx_mem_bytes = HX_ARENA_BYTES;
  hx_mem_pages = HX_ARENA_BYTES / HX_PAGE;
  hx_mem_max_pages = hx_mem_pages;
}

void hx_mem_init_segment(uint32_t offset, const uint8_t *src, uint32_t len) {
  hx_memcpy(hx_mem_at(offset, 0, len), src, len);
}

uint32_t hx_mem_grow(uint32_t delta) {
  uint32_t old = hx_mem_pages;
  if ((uint64_t)old + delta > hx_mem_max_pages) return UINT32_MAX;
  uint64_t bytes = ((uint64_t)old + delta) * HX_PAGE;
  if (bytes > HX_ARENA_BYTES) return UINT32_MAX;
  hx_memset(hx_mem + hx_mem_bytes, 0, (uint32_t)bytes - hx_mem_bytes);
  hx_mem_pages = old + delta;
  hx_mem_bytes = (uint32_t)bytes;
  return old;
}

__attribute__((weak)) uint8_t *hx_mem_far_span(uint64_t ea, uint32_t size, int store, uint32_t *held) {
  (void)ea, (void)size, (void)store, (void)held;
  hx_trap(HX_TRAP_MEMORY_BOUNDS);
}

__attribute__((weak)) uint8_t *hx_mem_far(uint64_t ea, uint32_t size, int store) {
  (void)ea, (void)size, (void)store;
  hx_trap(HX_TRAP_MEMORY_BOUNDS);
}

/* The source bytes of a copy: those the memory (or array) holds, then zeros. */
static const uint8_t *readable(uint32_t src, uint32_t n, uint32_t *held) {
  *held = n;
  if ((uint64_t)src + n <= hx_mem_bytes) return hx_mem + src;
  return hx_mem_far_span(src, n, 0, held);
}

void hx_memory_copy(uint32_t dst, uint32_t src, uint32_t n) {
  uint8_t *d = hx_mem_access(dst, 0, n, 1); /* first: an array that grows may move, source and all */
  uint32_t held;
  const uint8_t *s = readable(src, n, &held);
  hx_memmove(d, s, held);
  if (held < n) hx_memset(d + held, 0, n - held);
}

void hx_memory_fill(uint32_t dst, uint32_t value, uint32_t n) {
  hx_memset(hx_mem_access(dst, 0, n, 1), (int)(value & 0xff), n);
}

void hx_throw(void) {
  hx_handler *h = hx_handler_top;
  if (!h) hx_trap(HX_TRAP_UNCAUGHT);
  hx_longjmp(h->jb, 1);
}

/*
 * Correctly rounded square root for targets without a double-precision FPU.
 * Digit-by-digit (restoring) square root of the 53-bit significand, producing
 * 54 result bits plus a sticky bit, then round to nearest even.
 */
double hx_soft_sqrt(double x) {
  uint64_t b = hx_bits_f64(x);
  uint64_t sign = b >> 63;
  int e = (int)((b >> 52) & 0x7ff);
  uint64_t m = b & 0x000fffffffffffffull;
  if (e == 0x7ff) return (m || !sign) ? x + x : (x - x) / (x - x); /* NaN, +inf, -inf */
  if (e == 0 && m == 0) return x;                                     /* +-0 */
  if (sign) return (x - x) / (x - x);                                  /* negative: NaN */
  if (e == 0) { /* subnormal: normalise */
    e = 1;
    while (!(m & (1ull << 52))) { m <<= 1; e--; }
  } else {
    m |= 1ull << 52;
  }
  int exp = e - 1023;                /* value = m * 2^(exp - 52) */
  if (exp & 1) { m <<= 1; exp--; }   /* make the exponent even */
  /* sqrt(m * 2^(exp-52)) = sqrt(m * 2^2) * 2^((exp-54)/2); m<<2 has 55 or 56 bits.
     Produce 55 root bits from the radicand m * 2^56 (two bits per step). */
  uint64_t rem = 0, root = 0;
  uint64_t rad = m << 2;            /* at most 56 bits */
  int radBits = 56;
  for (int i = 0; i < 55; i++) {
    uint64_t two;
    if (radBits >= 2) { two = (rad >> (radBits - 2)) & 3; radBits -= 2; }
    else two = 0;
    rem = (rem << 2) | two;
    uint64_t trial = (root << 2) | 1;
    root <<= 1;
    if (rem >= trial) { rem -= trial; root |= 1; }
  }
  /* root has 55 bits: 53 significand bits, 1 round bit, 1 extra; sticky = rem != 0. */
  int sticky = rem != 0 || (root & 1);
  uint64_t round = (root >> 1) & 1;
  uint64_t sig = root >> 2;
  if (round && (sticky || (sig & 1))) sig++;
  int outExp = exp / 2;             /* exponent of the result's leading bit */
  if (sig >> 53) { sig >>= 1; outExp++; }
  return hx_f64_from_bits(((uint64_t)(outExp + 1023) << 52) | (sig & 0x000fffffffffffffull));
}
