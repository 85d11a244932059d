/*
 * The part of <math.h> the @stdlib C math sources use, for freestanding builds
 * (firmware has no C library). Implemented in sdk/kernel/jsmath.c.
 */
#ifndef HX_LIBM_MATH_H
#define HX_LIBM_MATH_H

#define HUGE_VAL (__builtin_huge_val())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)

double floor(double x);
double ceil(double x);
double sqrt(double x);

#endif
