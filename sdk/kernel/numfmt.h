/* JavaScript number formatting (see numfmt.c). */
#ifndef HX_NUMFMT_H
#define HX_NUMFMT_H

/* Longest output: "-1.2345678901234567e-308" or "-0.0000012345678901234567". */
#define HX_NUMBER_BUF 32

/*
 * Writes Number::toString(10) of v to out (not NUL-terminated) and returns the
 * length. With show_negative_zero set, -0 prints as "-0" (what console.log shows);
 * otherwise as "0" (what String(-0) gives).
 */
int hx_number_to_string(double v, char *out, int show_negative_zero);

/* Room for toFixed/toExponential/toPrecision with up to 100 digits. */
#define HX_FIXED_DIGITS 128
#define HX_FIXED_BUF 256

/* Number.prototype.toFixed(f), 0 <= f <= 100 (NaN and |v| >= 1e21 as toString). */
int hx_number_to_fixed(double v, int fraction_digits, char *out);
/* Number.prototype.toExponential(f); f < 0 means "as many digits as needed". */
int hx_number_to_exponential(double v, int fraction_digits, char *out);
/* Number.prototype.toPrecision(p), 1 <= p <= 100. */
int hx_number_to_precision(double v, int precision, char *out);

#endif
