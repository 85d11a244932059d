/*
 * Arithmetic the compiled program takes from the host: JavaScript's `%`, the
 * places where V8's Math departs from fdlibm, and the few C functions the math
 * sources call (codegen/libm.js). The other Math.* functions are the fdlibm and
 * @stdlib C functions themselves, imported directly.
 */
#include <stdint.h>

#include "wasm_rt.h"

double stdlib_base_fmod(double x, double y);
double hx_fdlibm_exp(double x);
double hx_fdlibm_tanh(double x);
double __ieee754_pow(double x, double y);
double __ieee754_atan2(double y, double x);

/* x % y. Small integers take the integer path; -0 keeps its sign, as in JS (-6 % 3 is -0). */
double hx_host_fmod(double x, double y) {
  if (x >= -2147483648.0 && x <= 2147483647.0 && y >= -2147483648.0 && y <= 2147483647.0) {
    int32_t a = (int32_t)x, b = (int32_t)y;
    if ((double)a == x && (double)b == y && b != 0 && !(a == INT32_MIN && b == -1)) {
      int32_t r = a % b;
      if (r == 0) return x < 0 || (x == 0 && hx_bits_f64(x) >> 63) ? -0.0 : 0.0;
      return (double)r;
    }
  }
  return stdlib_base_fmod(x, y);
}

/* fdlibm's exp gets the last bit of exp(1) wrong; V8 returns Math.E there, and so do
 * cosh and sinh, which call it. */
double __ieee754_exp(double x) { return x == 1.0 ? 2.718281828459045 : hx_fdlibm_exp(x); }

/* V8's tanh (from FreeBSD) returns x itself below 2^-28; newlib's fdlibm only below 2^-55. */
double hx_js_tanh(double x) { return hx_f64_abs(x) < 0x1p-28 ? x : hx_fdlibm_tanh(x); }

/* C's pow says 1 ** anything is 1; JavaScript says x ** NaN and (±1) ** ±Infinity are NaN. */
double hx_js_pow(double x, double y) {
  if (y != y) return y;
  if ((x == 1.0 || x == -1.0) && hx_f64_abs(y) == __builtin_inf()) return __builtin_nan("");
  return __ieee754_pow(x, y);
}

/* When |y/x| > 2^60 and x < 0, fdlibm's atan2 adds a rounding error to ±pi/2; V8
 * (FreeBSD's fix) returns ±pi/2. The same test on the high words as fdlibm's. */
double hx_js_atan2(double y, double x) {
  int32_t iy = (int32_t)(hx_bits_f64(y) >> 32) & 0x7fffffff, ix = (int32_t)(hx_bits_f64(x) >> 32) & 0x7fffffff;
  int finite_nonzero = iy < 0x7ff00000 && ix < 0x7ff00000 && y != 0 && x != 0;
  if (finite_nonzero && x < 0 && ((iy - ix) >> 20) > 60) return y < 0 ? -1.5707963267948966 : 1.5707963267948966;
  return __ieee754_atan2(y, x);
}

/* fdlibm's own square root is a bit-by-bit loop; the instruction gives the same,
 * correctly rounded, result. */
double __ieee754_sqrt(double x) { return hx_f64_sqrt(x); }

/* newlib's error helpers set errno; JavaScript has none, so it goes nowhere. */
int *__errno(void) {
  static int unused;
  return &unused;
}

#ifndef HX_HOSTED
double floor(double x) { return hx_f64_floor(x); }
double ceil(double x) { return hx_f64_ceil(x); }
double sqrt(double x) { return hx_f64_sqrt(x); }
#endif
