/* JavaScript number formatting and parsing (see numfmt.c). */
#ifndef HX_NUMFMT_H
#define HX_NUMFMT_H

#include <stdint.h>

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

/* Number.prototype.toString(radix), 2 <= radix <= 36, radix != 10: V8's digits. */
#define HX_RADIX_BUF 1152 /* "-0." and 1074 binary digits of a subnormal; 1025 for the largest integer */
int hx_number_to_radix(double v, int radix, char *out);
/* HX_RADIX_BUF bytes for that text, shared with the parser below (free whenever no string is being parsed). */
char *hx_shared_text(void);

/*
 * String -> number. hx_parse_begin starts a conversion, hx_parse_unit takes the string's UTF-16 code units in
 * order (it returns 0 once the rest cannot change the result) and hx_parse_end gives the number. One
 * conversion at a time: the state is static (no preemption happens inside Porffor's builtins).
 */
#define HX_PARSE_NUMBER 0 /* StringToNumber: unary +, Number(), implicit conversions */
#define HX_PARSE_FLOAT 1  /* parseFloat */
#define HX_PARSE_INT 2    /* parseInt; `radix` is the radix argument after ToNumber (ToInt32 is applied here) */
void hx_parse_begin(int kind, double radix);
int hx_parse_unit(uint32_t unit);
double hx_parse_end(void);

#endif
