/*
 * Arithmetic the compiled program takes from the host: JavaScript's `%` and
 * the three <math.h> functions the @stdlib math sources call (codegen/libm.js).
 * The Math.* functions themselves are the @stdlib C functions, imported directly.
 */
#include <stdint.h>

#include "wasm_rt.h"

double stdlib_base_fmod(double x, double y);

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

#ifndef HX_HOSTED
double floor(double x) { return hx_f64_floor(x); }
double ceil(double x) { return hx_f64_ceil(x); }
double sqrt(double x) { return hx_f64_sqrt(x); }
#endif
