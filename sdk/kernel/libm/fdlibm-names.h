/*
 * Included ahead of every fdlibm (newlib libm) source by codegen/libm.js: the
 * public names that a hosted C library also defines get a prefix, so firmware
 * and host builds link exactly these implementations and nothing else.
 */
#define sin hx_fdlibm_sin
#define cos hx_fdlibm_cos
#define tan hx_fdlibm_tan
#define atan hx_fdlibm_atan
#define tanh hx_fdlibm_tanh
#define asinh hx_fdlibm_asinh
#define expm1 hx_fdlibm_expm1
#define log1p hx_fdlibm_log1p
#define fabs hx_fdlibm_fabs
#define scalbn hx_fdlibm_scalbn
#define copysign hx_fdlibm_copysign
#define nan hx_fdlibm_nan
