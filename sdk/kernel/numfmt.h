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

#endif
