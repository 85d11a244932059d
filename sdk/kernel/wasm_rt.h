/*
 * Support for C translated from WebAssembly by codegen/ir/emit-c.js.
 *
 * Everything here has exact Wasm semantics on every target: bounds-checked linear
 * memory in a static arena, traps instead of C undefined behaviour, NaN and
 * signed-zero rules for min/max and rounding, and exceptions as a chain of jump
 * buffers. No libc is needed; soft-float targets get software square root.
 */
#ifndef HX_WASM_RT_H
#define HX_WASM_RT_H

#include <stdint.h>
#include <stddef.h>

#define HX_NORETURN __attribute__((noreturn))
#define HX_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define HX_LIKELY(x) __builtin_expect(!!(x), 1)
#define HX_INLINE static inline __attribute__((always_inline))
#define HX_INF __builtin_inf()
#define HX_INFF __builtin_inff()

/* ---- traps ------------------------------------------------------------------ */

enum hx_trap_reason {
  HX_TRAP_UNREACHABLE = 1,
  HX_TRAP_MEMORY_BOUNDS,
  HX_TRAP_DIV_ZERO,
  HX_TRAP_DIV_OVERFLOW,       /* INT_MIN / -1 */
  HX_TRAP_CONVERSION,         /* float -> int of NaN or out of range */
  HX_TRAP_TABLE_BOUNDS,
  HX_TRAP_NULL_ELEMENT,
  HX_TRAP_SIGNATURE,
  HX_TRAP_UNCAUGHT,
  HX_TRAP_STACK_OVERFLOW,     /* the default hx_stack_overflow; the kernel reports it itself */
};

/* Stops the program with a crash report (implemented by the kernel). */
HX_NORETURN void hx_trap(int reason);

/* ---- preemption points ------------------------------------------------------ */

/* Under a preemptive scheduler the program's own functions (never Porffor's
   builtins or the SDK runtime, so the runtime's shared state is never caught
   half-updated) check this flag at every loop iteration and before calls; the
   timer interrupt sets it when the scheduler wants the CPU back. */
extern volatile uint32_t hx_preempt_pending;
void hx_preempt(void);
#define HX_PREEMPT_POINT()                                                 \
  do {                                                                     \
    if (HX_UNLIKELY(hx_preempt_pending)) hx_preempt();                      \
  } while (0)

/* ---- stack guard ------------------------------------------------------------ */

/* Every translated function starts by checking that its frame stays above the
   running stack's limit (the kernel keeps it current across task switches), so
   deep recursion stops with a report instead of overwriting other memory. */
extern uintptr_t hx_stack_limit;
HX_NORETURN void hx_stack_overflow(void);
#define HX_STACK_CHECK()                                                   \
  do {                                                                     \
    char hx_probe_;                                                        \
    __asm__("" : : "r"(&hx_probe_));                                       \
    if (HX_UNLIKELY((uintptr_t)&hx_probe_ < hx_stack_limit)) hx_stack_overflow(); \
  } while (0)

/* ---- values ----------------------------------------------------------------- */

typedef struct { uint64_t lo, hi; } hx_v128;

HX_INLINE uint32_t hx_bits_f32(float x) { uint32_t b; __builtin_memcpy(&b, &x, 4); return b; }
HX_INLINE uint64_t hx_bits_f64(double x) { uint64_t b; __builtin_memcpy(&b, &x, 8); return b; }
HX_INLINE float hx_f32_from_bits(uint32_t b) { float x; __builtin_memcpy(&x, &b, 4); return x; }
HX_INLINE double hx_f64_from_bits(uint64_t b) { double x; __builtin_memcpy(&x, &b, 8); return x; }

/* ---- linear memory ------------------------------------------------------------ */

extern uint8_t hx_mem[];          /* the arena; its size comes from the board file */
extern const uint32_t hx_mem_max_bytes;
extern uint32_t hx_mem_bytes;     /* current size of linear memory */
extern uint32_t hx_mem_pages;

void hx_mem_reset(uint32_t pages, uint32_t max_pages);
/* The kernel heap owns memory management: linear memory becomes the whole arena, memory.grow fails. */
void hx_mem_use_whole_arena(void);
void hx_mem_init_segment(uint32_t offset, const uint8_t *src, uint32_t len);
uint32_t hx_mem_grow(uint32_t delta_pages);
void hx_memory_copy(uint32_t dst, uint32_t src, uint32_t n);
void hx_memory_fill(uint32_t dst, uint32_t value, uint32_t n);

/*
 * An address past the arena is either a relocatable array's (arrays.c: they
 * live at addresses above the arena and move when they grow) or out of bounds.
 * `store` says whether the access writes: a store past what an array holds
 * grows it, a load there reads zeros. Without the kernel every such address traps.
 */
uint8_t *hx_mem_far(uint64_t ea, uint32_t size, int store);

/*
 * The bytes at a far address: for a store, room for all `size` (the array has
 * grown); for a load, *held says how many of them the array holds (the rest
 * read as zero). Traps when ea is no array's. Defined by arrays.c; without the
 * kernel (translator tests) every far address traps.
 */
uint8_t *hx_mem_far_span(uint64_t ea, uint32_t size, int store, uint32_t *held);

HX_INLINE uint8_t *hx_mem_access(uint32_t addr, uint32_t offset, uint32_t size, int store) {
  uint64_t ea = (uint64_t)addr + offset;
  /* One call on the slow path: a check inlined here would repeat at every access site (+20 % of flash). */
  if (HX_UNLIKELY(ea + size > hx_mem_bytes)) return hx_mem_far(ea, size, store);
  uint8_t *base = hx_mem;
#if UINTPTR_MAX > 0xffffffffu
  /* With a constant address GCC folds hx_mem + ea into one PC-relative
     relocation, which cannot reach ea near 4 GiB (a path that traps anyway). */
  __asm__("" : "+r"(base));
#endif
  return base + ea;
}

/* Where `size` bytes at addr + offset are, for reading. */
HX_INLINE uint8_t *hx_mem_at(uint32_t addr, uint32_t offset, uint32_t size) {
  return hx_mem_access(addr, offset, size, 0);
}

/* Unaligned, bounds-checked loads and stores (Porffor stores f64s at odd offsets). */
#define HX_LOAD(name, T, R, CONV)                                          \
  HX_INLINE R name(uint32_t a, uint32_t off) {                             \
    T v;                                                                   \
    __builtin_memcpy(&v, hx_mem_access(a, off, sizeof(T), 0), sizeof(T));  \
    return (R)CONV v;                                                      \
  }
HX_LOAD(hx_i32_load, uint32_t, uint32_t, )
HX_LOAD(hx_i64_load, uint64_t, uint64_t, )
HX_LOAD(hx_f32_load, float, float, )
HX_LOAD(hx_f64_load, double, double, )
HX_LOAD(hx_i32_load8_s, int8_t, uint32_t, (int32_t))
HX_LOAD(hx_i32_load8_u, uint8_t, uint32_t, )
HX_LOAD(hx_i32_load16_s, int16_t, uint32_t, (int32_t))
HX_LOAD(hx_i32_load16_u, uint16_t, uint32_t, )
HX_LOAD(hx_i64_load8_s, int8_t, uint64_t, (int64_t))
HX_LOAD(hx_i64_load8_u, uint8_t, uint64_t, )
HX_LOAD(hx_i64_load16_s, int16_t, uint64_t, (int64_t))
HX_LOAD(hx_i64_load16_u, uint16_t, uint64_t, )
HX_LOAD(hx_i64_load32_s, int32_t, uint64_t, (int64_t))
HX_LOAD(hx_i64_load32_u, uint32_t, uint64_t, )
HX_LOAD(hx_v128_load, hx_v128, hx_v128, )

#define HX_STORE(name, T, V)                                               \
  HX_INLINE void name(uint32_t a, uint32_t off, V v) {                     \
    T x = (T)v;                                                            \
    __builtin_memcpy(hx_mem_access(a, off, sizeof(T), 1), &x, sizeof(T));    \
  }
HX_STORE(hx_i32_store, uint32_t, uint32_t)
HX_STORE(hx_i64_store, uint64_t, uint64_t)
HX_STORE(hx_f32_store, float, float)
HX_STORE(hx_f64_store, double, double)
HX_STORE(hx_i32_store8, uint8_t, uint32_t)
HX_STORE(hx_i32_store16, uint16_t, uint32_t)
HX_STORE(hx_i64_store8, uint8_t, uint64_t)
HX_STORE(hx_i64_store16, uint16_t, uint64_t)
HX_STORE(hx_i64_store32, uint32_t, uint64_t)
HX_STORE(hx_v128_store, hx_v128, hx_v128)

/* ---- indirect calls ----------------------------------------------------------- */

typedef void (*hx_fnptr)(void);
typedef struct { int32_t sig; hx_fnptr fn; } hx_funcref;
#define HX_SIG_NONE (-1)

HX_INLINE const hx_funcref *hx_table_entry(const hx_funcref *t, uint32_t size, uint32_t i, int32_t sig) {
  if (HX_UNLIKELY(i >= size)) hx_trap(HX_TRAP_TABLE_BOUNDS);
  if (HX_UNLIKELY(t[i].sig != sig)) hx_trap(t[i].sig == HX_SIG_NONE ? HX_TRAP_NULL_ELEMENT : HX_TRAP_SIGNATURE);
  return &t[i];
}

/* ---- exceptions --------------------------------------------------------------- */

typedef union { uint32_t i32; uint64_t i64; float f32; double f64; } hx_val;
typedef struct { uint32_t tag; hx_val v[4]; } hx_exception;
typedef uint64_t hx_jmp_buf[26]; /* large enough for every target's callee-saved set */
typedef struct hx_handler { struct hx_handler *prev; hx_jmp_buf jb; } hx_handler;

extern hx_exception hx_exc;          /* the exception in flight */
extern hx_handler *hx_handler_top;   /* innermost active try */

/* Implemented in assembly per target (targets/<isa>/setjmp.S). */
int hx_setjmp(hx_jmp_buf jb) __attribute__((returns_twice));
HX_NORETURN void hx_longjmp(hx_jmp_buf jb, int value);

HX_NORETURN void hx_throw(void);

/* ---- integer helpers ---------------------------------------------------------- */

HX_INLINE uint32_t hx_clz32(uint32_t x) { return x ? (uint32_t)__builtin_clz(x) : 32u; }
HX_INLINE uint32_t hx_ctz32(uint32_t x) { return x ? (uint32_t)__builtin_ctz(x) : 32u; }
HX_INLINE uint32_t hx_popcnt32(uint32_t x) { return (uint32_t)__builtin_popcount(x); }
HX_INLINE uint64_t hx_clz64(uint64_t x) { return x ? (uint64_t)__builtin_clzll(x) : 64u; }
HX_INLINE uint64_t hx_ctz64(uint64_t x) { return x ? (uint64_t)__builtin_ctzll(x) : 64u; }
HX_INLINE uint64_t hx_popcnt64(uint64_t x) { return (uint64_t)__builtin_popcountll(x); }
HX_INLINE uint32_t hx_rotl32(uint32_t x, uint32_t n) { n &= 31; return (x << n) | (x >> ((32 - n) & 31)); }
HX_INLINE uint32_t hx_rotr32(uint32_t x, uint32_t n) { n &= 31; return (x >> n) | (x << ((32 - n) & 31)); }
HX_INLINE uint64_t hx_rotl64(uint64_t x, uint64_t n) { n &= 63; return (x << n) | (x >> ((64 - n) & 63)); }
HX_INLINE uint64_t hx_rotr64(uint64_t x, uint64_t n) { n &= 63; return (x >> n) | (x << ((64 - n) & 63)); }

#define HX_DIVREM(W, U, S, MIN)                                                              \
  HX_INLINE U hx_i##W##_div_s(U a, U b) {                                                    \
    if (HX_UNLIKELY(b == 0)) hx_trap(HX_TRAP_DIV_ZERO);                                      \
    if (HX_UNLIKELY((S)a == MIN && (S)b == -1)) hx_trap(HX_TRAP_DIV_OVERFLOW);               \
    return (U)((S)a / (S)b);                                                                 \
  }                                                                                          \
  HX_INLINE U hx_i##W##_div_u(U a, U b) {                                                    \
    if (HX_UNLIKELY(b == 0)) hx_trap(HX_TRAP_DIV_ZERO);                                      \
    return a / b;                                                                            \
  }                                                                                          \
  HX_INLINE U hx_i##W##_rem_s(U a, U b) {                                                    \
    if (HX_UNLIKELY(b == 0)) hx_trap(HX_TRAP_DIV_ZERO);                                      \
    if (HX_UNLIKELY((S)b == -1)) return 0;                                                   \
    return (U)((S)a % (S)b);                                                                 \
  }                                                                                          \
  HX_INLINE U hx_i##W##_rem_u(U a, U b) {                                                    \
    if (HX_UNLIKELY(b == 0)) hx_trap(HX_TRAP_DIV_ZERO);                                      \
    return a % b;                                                                            \
  }
HX_DIVREM(32, uint32_t, int32_t, INT32_MIN)
HX_DIVREM(64, uint64_t, int64_t, INT64_MIN)

/* ---- float helpers -------------------------------------------------------------- */

HX_INLINE double hx_f64_abs(double x) { return hx_f64_from_bits(hx_bits_f64(x) & ~(1ull << 63)); }
HX_INLINE double hx_f64_neg(double x) { return hx_f64_from_bits(hx_bits_f64(x) ^ (1ull << 63)); }
HX_INLINE double hx_f64_copysign(double a, double b) {
  return hx_f64_from_bits((hx_bits_f64(a) & ~(1ull << 63)) | (hx_bits_f64(b) & (1ull << 63)));
}
HX_INLINE float hx_f32_abs(float x) { return hx_f32_from_bits(hx_bits_f32(x) & ~(1u << 31)); }
HX_INLINE float hx_f32_neg(float x) { return hx_f32_from_bits(hx_bits_f32(x) ^ (1u << 31)); }
HX_INLINE float hx_f32_copysign(float a, float b) {
  return hx_f32_from_bits((hx_bits_f32(a) & ~(1u << 31)) | (hx_bits_f32(b) & (1u << 31)));
}

/* min/max: NaN wins, and -0 is below +0. */
#define HX_MINMAX(T, N, SIGN)                                                       \
  HX_INLINE T hx_##N##_min(T a, T b) {                                              \
    if (a != a || b != b) return a + b;                                             \
    if (a == b) return SIGN(a) ? a : b;                                             \
    return a < b ? a : b;                                                           \
  }                                                                                 \
  HX_INLINE T hx_##N##_max(T a, T b) {                                              \
    if (a != a || b != b) return a + b;                                             \
    if (a == b) return SIGN(a) ? b : a;                                             \
    return a > b ? a : b;                                                           \
  }
#define HX_SIGN64(x) (hx_bits_f64(x) >> 63)
#define HX_SIGN32(x) (hx_bits_f32(x) >> 31)
HX_MINMAX(double, f64, HX_SIGN64)
HX_MINMAX(float, f32, HX_SIGN32)

/* Rounding by clearing fraction bits: exact, no libm, no FPU rounding-mode games. */
HX_INLINE double hx_f64_trunc(double x) {
  uint64_t b = hx_bits_f64(x);
  int e = (int)((b >> 52) & 0x7ff) - 1023;
  if (e >= 52) return x + 0.0; /* integral, infinite or NaN (quietened) */
  if (e < 0) return hx_f64_from_bits(b & (1ull << 63));
  return hx_f64_from_bits(b & ~(0x000fffffffffffffull >> e));
}
HX_INLINE float hx_f32_trunc(float x) {
  uint32_t b = hx_bits_f32(x);
  int e = (int)((b >> 23) & 0xff) - 127;
  if (e >= 23) return x + 0.0f;
  if (e < 0) return hx_f32_from_bits(b & (1u << 31));
  return hx_f32_from_bits(b & ~(0x007fffffu >> e));
}
#define HX_ROUNDING(T, N, HALF, ONE)                                                \
  HX_INLINE T hx_##N##_floor(T x) { T t = hx_##N##_trunc(x); return t > x ? t - ONE : t; } \
  HX_INLINE T hx_##N##_ceil(T x) {                                                  \
    T t = hx_##N##_trunc(x);                                                        \
    return t < x ? t + ONE : t;                                                     \
  }                                                                                 \
  HX_INLINE T hx_##N##_nearest(T x) {                                               \
    T t = hx_##N##_trunc(x);                                                        \
    if (t != t) return x + x;       /* NaN (quietened) */                            \
    if (t == x) return x;           /* infinite, or already integral (keeps -0) */    \
    T d = hx_##N##_abs(x - t);                                                      \
    T step = hx_##N##_copysign(ONE, x);                                             \
    if (d > HALF) return t + step;                                                  \
    if (d == HALF) {                                                                \
      T h = t * HALF;                                                               \
      if (hx_##N##_trunc(h) != h) return t + step; /* odd: round away to even */    \
    }                                                                               \
    return t == 0 ? hx_##N##_copysign((T)0, x) : t;                                \
  }
HX_ROUNDING(double, f64, 0.5, 1.0)
HX_ROUNDING(float, f32, 0.5f, 1.0f)

double hx_soft_sqrt(double x);
HX_INLINE double hx_f64_sqrt(double x) {
#if defined(__riscv_d) || defined(__x86_64__) || defined(__ARM_FP) && (__ARM_FP & 8)
  return __builtin_sqrt(x);
#else
  return hx_soft_sqrt(x);
#endif
}
HX_INLINE float hx_f32_sqrt(float x) {
#if defined(__riscv_f) || defined(__x86_64__) || defined(__ARM_FP) && (__ARM_FP & 4)
  return __builtin_sqrtf(x);
#else
  return (float)hx_soft_sqrt((double)x);
#endif
}

/* Float -> integer: the trapping forms check the range first; the saturating forms clamp. */
#define HX_TRUNC(D, U, S, SRC, LO_OK, HI_OK, SATLO, SATHI)                         \
  HX_INLINE U hx_##D##_trunc_##SRC(SRC##_t x) {                                     \
    if (HX_UNLIKELY(!(LO_OK && HI_OK))) hx_trap(HX_TRAP_CONVERSION); /* NaN fails too */ \
    return (U)(S)x;                                                                 \
  }                                                                                 \
  HX_INLINE U hx_##D##_trunc_sat_##SRC(SRC##_t x) {                                 \
    if (x != x) return 0;                                                           \
    if (!(LO_OK)) return (U)(SATLO);                                                \
    if (!(HI_OK)) return (U)(SATHI);                                                \
    return (U)(S)x;                                                                 \
  }
typedef double f64_s_t;
typedef double f64_u_t;
typedef float f32_s_t;
typedef float f32_u_t;
HX_TRUNC(i32, uint32_t, int32_t, f64_s, x > -2147483649.0, x < 2147483648.0, INT32_MIN, INT32_MAX)
HX_TRUNC(i32, uint32_t, uint32_t, f64_u, x > -1.0, x < 4294967296.0, 0, UINT32_MAX)
HX_TRUNC(i32, uint32_t, int32_t, f32_s, x >= -2147483648.0f, x < 2147483648.0f, INT32_MIN, INT32_MAX)
HX_TRUNC(i32, uint32_t, uint32_t, f32_u, x > -1.0f, x < 4294967296.0f, 0, UINT32_MAX)
HX_TRUNC(i64, uint64_t, int64_t, f64_s, x >= -9223372036854775808.0, x < 9223372036854775808.0, INT64_MIN, INT64_MAX)
HX_TRUNC(i64, uint64_t, uint64_t, f64_u, x > -1.0, x < 18446744073709551616.0, 0, UINT64_MAX)
HX_TRUNC(i64, uint64_t, int64_t, f32_s, x >= -9223372036854775808.0f, x < 9223372036854775808.0f, INT64_MIN, INT64_MAX)
HX_TRUNC(i64, uint64_t, uint64_t, f32_u, x > -1.0f, x < 18446744073709551616.0f, 0, UINT64_MAX)

/* ---- SIMD (the few v128 operations Porffor's string compare uses) -------------- */

HX_INLINE hx_v128 hx_v128_make(uint64_t lo, uint64_t hi) { hx_v128 v = { lo, hi }; return v; }
HX_INLINE hx_v128 hx_v128_not(hx_v128 a) { return hx_v128_make(~a.lo, ~a.hi); }
HX_INLINE hx_v128 hx_v128_and(hx_v128 a, hx_v128 b) { return hx_v128_make(a.lo & b.lo, a.hi & b.hi); }
HX_INLINE hx_v128 hx_v128_andnot(hx_v128 a, hx_v128 b) { return hx_v128_make(a.lo & ~b.lo, a.hi & ~b.hi); }
HX_INLINE hx_v128 hx_v128_or(hx_v128 a, hx_v128 b) { return hx_v128_make(a.lo | b.lo, a.hi | b.hi); }
HX_INLINE hx_v128 hx_v128_xor(hx_v128 a, hx_v128 b) { return hx_v128_make(a.lo ^ b.lo, a.hi ^ b.hi); }
HX_INLINE hx_v128 hx_v128_bitselect(hx_v128 a, hx_v128 b, hx_v128 c) {
  return hx_v128_make((a.lo & c.lo) | (b.lo & ~c.lo), (a.hi & c.hi) | (b.hi & ~c.hi));
}
HX_INLINE uint32_t hx_v128_any_true(hx_v128 a) { return (a.lo | a.hi) != 0; }

#endif
