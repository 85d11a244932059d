/*
 * Numbers to strings and back, as JavaScript converts them (string -> number and toString(radix) are at the
 * end of this file).
 *
 * Number -> string exactly as ECMAScript's Number::toString(10) specifies:
 * the shortest decimal that reads back as the same double (ties to the closest,
 * then to even), laid out in fixed or exponential form by the spec's rules.
 *
 * Integers below 2^53 take a fast path. Everything else uses the free-format
 * digit generation of Steele & White / Burger & Dybvig on exact big integers, so
 * there is no rounding anywhere and no libc or FPU dependence.
 */
#include "numfmt.h"

#include <stdint.h>

/* 1130 bits cover the largest scaled value (subnormals times 10^324); 40 words is ample. */
#define BIG_WORDS 40

typedef struct {
  int n; /* used words */
  uint32_t w[BIG_WORDS];
} big;

static void big_set(big *a, uint64_t v) {
  a->n = 0;
  while (v) { a->w[a->n++] = (uint32_t)v; v >>= 32; }
}

static void big_mul_small(big *a, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->w[i] * m + carry;
    a->w[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry) a->w[a->n++] = (uint32_t)carry;
}

static void big_mul_pow10(big *a, int k) {
  for (; k >= 9; k -= 9) big_mul_small(a, 1000000000u);
  static const uint32_t p10[9] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
  if (k > 0) big_mul_small(a, p10[k]);
}

static void big_shl(big *a, int bits) {
  if (a->n == 0) return;
  int words = bits / 32, rest = bits % 32;
  if (rest) {
    uint32_t carry = 0;
    for (int i = 0; i < a->n; i++) {
      uint32_t v = a->w[i];
      a->w[i] = (v << rest) | carry;
      carry = v >> (32 - rest);
    }
    if (carry) a->w[a->n++] = carry;
  }
  if (words) {
    for (int i = a->n - 1; i >= 0; i--) a->w[i + words] = a->w[i];
    for (int i = 0; i < words; i++) a->w[i] = 0;
    a->n += words;
  }
}

static int big_cmp(const big *a, const big *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--) {
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  }
  return 0;
}

static void big_trim(big *a) {
  while (a->n && a->w[a->n - 1] == 0) a->n--;
}

/* a -= b, requires a >= b */
static void big_sub(big *a, const big *b) {
  int64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
    borrow = t < 0;
    a->w[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
  }
  big_trim(a);
}

/* out = a + b */
static void big_add(big *out, const big *a, const big *b) {
  uint64_t carry = 0;
  int n = a->n > b->n ? a->n : b->n;
  for (int i = 0; i < n; i++) {
    uint64_t t = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
    out->w[i] = (uint32_t)t;
    carry = t >> 32;
  }
  out->n = n;
  if (carry) out->w[out->n++] = (uint32_t)carry;
}

/* Compare a + b with c. */
static int big_cmp_sum(const big *a, const big *b, const big *c) {
  big s;
  big_add(&s, a, b);
  return big_cmp(&s, c);
}

/*
 * Shortest digits of a positive finite double. Writes ASCII digits to `digits`
 * and returns their count; *point receives n such that value = 0.d1d2... * 10^n.
 */
static int shortest_digits(double v, char *digits, int *point) {
  union { double d; uint64_t u; } bits = { v };
  int be = (int)((bits.u >> 52) & 0x7ff);
  uint64_t f = bits.u & 0x000fffffffffffffull;
  int e;
  if (be == 0) e = -1074;
  else { f |= 1ull << 52; e = be - 1075; }
  /* Round-to-even reading: when f is even, values exactly on a boundary read back as v. */
  int inclusive = (f & 1) == 0;
  /* The gap below v is half the size when v is a power of two (not the smallest exponent). */
  int lower_closer = (f == (1ull << 52)) && be > 1;

  big r, s, mp, mm;
  if (e >= 0) {
    big_set(&r, f); big_shl(&r, e + 1 + lower_closer);
    big_set(&s, 2u << lower_closer);
    big_set(&mp, 1); big_shl(&mp, e + lower_closer);
    big_set(&mm, 1); big_shl(&mm, e);
  } else {
    big_set(&r, f); big_shl(&r, 1 + lower_closer);
    big_set(&s, 1); big_shl(&s, -e + 1 + lower_closer);
    big_set(&mp, 1u << lower_closer);
    big_set(&mm, 1);
  }

  /* Estimate k = ceil(log10 v) from the binary exponent (78913 / 2^18 ~ log10 2), then fix it. */
  int bitlen = 0;
  for (uint64_t t = f; t; t >>= 1) bitlen++;
  int log2v = e + bitlen - 1;
  int k = (log2v * 78913) >> 18;
  if (k >= 0) big_mul_pow10(&s, k);
  else { big_mul_pow10(&r, -k); big_mul_pow10(&mp, -k); big_mul_pow10(&mm, -k); }
  /* Fix-up: want 10^(k-1) < high <= 10^k, where high = (r + m+) / s. */
  for (;;) {
    int c = big_cmp_sum(&r, &mp, &s);
    if (inclusive ? c >= 0 : c > 0) { big_mul_small(&s, 10); k++; }
    else break;
  }
  for (;;) {
    big t;
    big_add(&t, &r, &mp);
    big_mul_small(&t, 10);
    int c = big_cmp(&t, &s);
    if (inclusive ? c < 0 : c <= 0) { big_mul_small(&r, 10); big_mul_small(&mp, 10); big_mul_small(&mm, 10); k--; }
    else break;
  }

  int n = 0;
  for (;;) {
    big_mul_small(&r, 10); big_mul_small(&mp, 10); big_mul_small(&mm, 10);
    big_trim(&r);
    int d = 0;
    while (big_cmp(&r, &s) >= 0) { big_sub(&r, &s); d++; }
    int cl = big_cmp(&r, &mm);
    int low = inclusive ? cl <= 0 : cl < 0;
    int ch = big_cmp_sum(&r, &mp, &s);
    int high = inclusive ? ch >= 0 : ch > 0;
    if (!low && !high) { digits[n++] = (char)('0' + d); continue; }
    if (low && high) {
      /* Both d and d+1 read back as v: take the closer one, ties to even. */
      big r2 = r;
      big_shl(&r2, 1);
      int c = big_cmp(&r2, &s);
      if (c > 0 || (c == 0 && (d & 1))) d++;
    } else if (high) {
      d++;
    }
    digits[n++] = (char)('0' + d);
    break;
  }
  *point = k;
  return n;
}

/*
 * A positive finite double rounded half up (ECMAScript picks the larger
 * candidate on a tie) to `count` significant digits, or, with `relative` set,
 * to `count` digits after the decimal point. Returns the number of digits
 * written and sets *point as shortest_digits does (value = 0.d1d2... * 10^point);
 * a carry into a new leading digit bumps *point. Zero digits means the value
 * rounded to zero.
 */
static int fixed_digits(double v, int count, int relative, char *digits, int *point) {
  union { double d; uint64_t u; } bits = { v };
  int be = (int)((bits.u >> 52) & 0x7ff);
  uint64_t f = bits.u & 0x000fffffffffffffull;
  int e;
  if (be == 0) e = -1074;
  else { f |= 1ull << 52; e = be - 1075; }
  big r, s;
  big_set(&r, f);
  big_set(&s, 1);
  if (e >= 0) big_shl(&r, e);
  else big_shl(&s, -e);
  /* Scale so that r / s lies in [0.1, 1): v = (r / s) * 10^k. */
  int bitlen = 0;
  for (uint64_t t = f; t; t >>= 1) bitlen++;
  int k = ((e + bitlen - 1) * 78913) >> 18;
  if (k >= 0) big_mul_pow10(&s, k);
  else big_mul_pow10(&r, -k);
  while (big_cmp(&r, &s) >= 0) { big_mul_small(&s, 10); k++; }
  for (;;) {
    big t = r;
    big_mul_small(&t, 10);
    if (big_cmp(&t, &s) < 0) { big_mul_small(&r, 10); k--; }
    else break;
  }
  if (relative) count += k;
  if (count <= 0) {
    /* No digit survives: the value rounds to one unit of the last place, or to zero. */
    *point = k;
    if (count == 0) {
      big r2 = r;
      big_shl(&r2, 1);
      if (big_cmp(&r2, &s) >= 0) { digits[0] = '1'; *point = k + 1; return 1; }
    }
    return 0;
  }
  for (int i = 0; i < count; i++) {
    big_mul_small(&r, 10);
    big_trim(&r);
    int d = 0;
    while (big_cmp(&r, &s) >= 0) { big_sub(&r, &s); d++; }
    digits[i] = (char)('0' + d);
  }
  big_shl(&r, 1);
  if (big_cmp(&r, &s) >= 0) {
    int i = count - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
      digits[i]++;
    } else {
      digits[0] = '1';
      for (int j = 1; j < count; j++) digits[j] = '0';
      k++;
    }
  }
  *point = k;
  return count;
}

static int put_uint(uint64_t v, char *out) {
  char tmp[24];
  int n = 0;
  do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  return n;
}

/* "d.ddde+x" from digits and the decimal point position. */
static int put_exponential(const char *digits, int n, int point, char *out) {
  int len = 0;
  out[len++] = digits[0];
  if (n > 1) {
    out[len++] = '.';
    for (int i = 1; i < n; i++) out[len++] = digits[i];
  }
  out[len++] = 'e';
  int exp = point - 1;
  out[len++] = exp < 0 ? '-' : '+';
  len += put_uint((uint64_t)(exp < 0 ? -exp : exp), out + len);
  return len;
}

int hx_number_to_string(double v, char *out, int show_negative_zero) {
  if (v != v) { out[0] = 'N'; out[1] = 'a'; out[2] = 'N'; return 3; }
  int len = 0;
  union { double d; uint64_t u; } bits = { v };
  if (bits.u >> 63) {
    if (v == 0) {
      if (show_negative_zero) { out[0] = '-'; out[1] = '0'; return 2; }
      out[0] = '0';
      return 1;
    }
    out[len++] = '-';
    v = -v;
  }
  if (v == 0) { out[len] = '0'; return len + 1; }
  if (v == __builtin_inf()) {
    const char *s = "Infinity";
    while (*s) out[len++] = *s++;
    return len;
  }
  /* Fast path: integers below 2^53 print as themselves. */
  if (v < 9007199254740992.0) {
    uint64_t i = (uint64_t)v;
    if ((double)i == v) return len + put_uint(i, out + len);
  }

  char digits[20];
  int n;
  int k = shortest_digits(v, digits, &n);
  /* Lay out per ECMAScript Number::toString: k digits, decimal exponent n. */
  if (k <= n && n <= 21) {
    for (int i = 0; i < k; i++) out[len++] = digits[i];
    for (int i = k; i < n; i++) out[len++] = '0';
  } else if (0 < n && n <= 21) {
    for (int i = 0; i < n; i++) out[len++] = digits[i];
    out[len++] = '.';
    for (int i = n; i < k; i++) out[len++] = digits[i];
  } else if (-6 < n && n <= 0) {
    out[len++] = '0';
    out[len++] = '.';
    for (int i = 0; i < -n; i++) out[len++] = '0';
    for (int i = 0; i < k; i++) out[len++] = digits[i];
  } else {
    len += put_exponential(digits, k, n, out + len);
  }
  return len;
}

int hx_number_to_fixed(double v, int fraction_digits, char *out) {
  if (v != v) { out[0] = 'N'; out[1] = 'a'; out[2] = 'N'; return 3; }
  double mag = v < 0 ? -v : v;
  if (mag >= 1e21) return hx_number_to_string(v, out, 0);
  int len = 0;
  if (v < 0) out[len++] = '-';
  char digits[HX_FIXED_DIGITS];
  int n = 0, point = 0;
  if (mag != 0) n = fixed_digits(mag, fraction_digits, 1, digits, &point);
  /* digits[0..n) with the decimal point after `point` of them (point may be <= 0). */
  if (point <= 0) out[len++] = '0';
  for (int i = 0; i < point; i++) out[len++] = i < n ? digits[i] : '0';
  if (fraction_digits > 0) {
    out[len++] = '.';
    for (int i = 0; i < fraction_digits; i++) {
      int at = point + i; /* digit index of the (i+1)-th fraction digit */
      out[len++] = (at >= 0 && at < n) ? digits[at] : '0';
    }
  }
  return len;
}

/*
 * What toExponential and toPrecision write before any digit: NaN, or the sign and then Infinity, or just the
 * sign. Sets *whole when that is the whole result; leaves |v| in *v.
 */
static int sign_or_special(double *v, char *out, int *whole) {
  *whole = 1;
  if (*v != *v) { out[0] = 'N'; out[1] = 'a'; out[2] = 'N'; return 3; }
  int len = 0;
  if (*v < 0) { out[len++] = '-'; *v = -*v; }
  if (*v == __builtin_inf()) {
    for (const char *s = "Infinity"; *s;) out[len++] = *s++;
    return len;
  }
  *whole = 0;
  return len;
}

int hx_number_to_exponential(double v, int fraction_digits, char *out) {
  int whole;
  int len = sign_or_special(&v, out, &whole);
  if (whole) return len;
  char digits[HX_FIXED_DIGITS];
  int n, point;
  if (v == 0) {
    n = fraction_digits < 0 ? 1 : fraction_digits + 1;
    for (int i = 0; i < n; i++) digits[i] = '0';
    point = 1;
  } else if (fraction_digits < 0) {
    n = shortest_digits(v, digits, &point);
  } else {
    n = fixed_digits(v, fraction_digits + 1, 0, digits, &point);
  }
  return len + put_exponential(digits, n, point, out + len);
}

int hx_number_to_precision(double v, int precision, char *out) {
  int whole;
  int len = sign_or_special(&v, out, &whole);
  if (whole) return len;
  char digits[HX_FIXED_DIGITS];
  int n = precision, point;
  if (v == 0) {
    for (int i = 0; i < n; i++) digits[i] = '0';
    point = 1;
  } else {
    fixed_digits(v, precision, 0, digits, &point);
  }
  int e = point - 1;
  if (e < -6 || e >= precision) return len + put_exponential(digits, n, point, out + len);
  if (e >= 0) {
    for (int i = 0; i < n; i++) {
      if (i == e + 1) out[len++] = '.';
      out[len++] = digits[i];
    }
  } else {
    out[len++] = '0';
    out[len++] = '.';
    for (int i = 0; i < -e - 1; i++) out[len++] = '0';
    for (int i = 0; i < n; i++) out[len++] = digits[i];
  }
  return len;
}

/* ------------------------------------------------------------------------------------------------------------
 * Number.prototype.toString(radix) for radix 2..36 other than 10, digit for digit what V8 prints (the
 * specification leaves these digits to the implementation, so V8's algorithm is the reference):
 *
 *  - the fraction: each step multiplies the fraction and delta (half the gap to the next double) by the radix
 *    and takes the integer part as the next digit; it stops once the fraction is smaller than delta (the digits
 *    so far already identify the double), and when the remainder past a digit is over one half (exactly one
 *    half: only after an odd digit) and the digits could end there, rounds up, carrying into earlier digits and
 *    into the integer part;
 *  - the integer part: while a division by the radix still leaves at least 2^53, divide in double arithmetic
 *    and write a 0 (V8 does not print the digits a double cannot hold); then digit by digit, the remainder
 *    exact (fmod) and the quotient (integer - remainder) / radix in double arithmetic (which rounds above 2^53).
 *
 * Every step is one rounded double operation, as in V8: the product is forced through memory so that GCC
 * (GNU C contracts a * b + c by default) never fuses it with an add on targets with fused multiply-add.
 * ------------------------------------------------------------------------------------------------------------ */

static double rounded_product(double a, double b) {
  volatile double p = a * b;
  return p;
}

static double bits_to_double(uint64_t u) {
  union { uint64_t u; double d; } b = { u };
  return b.d;
}

static uint64_t double_to_bits(double d) {
  union { double d; uint64_t u; } b = { d };
  return b.u;
}

/* fmod(x, r) for 0 <= x < 2^60 and a small integer r, exactly (as fmod is). */
static double remainder_small(double x, unsigned r) {
  if (x == 0) return 0;
  uint64_t u = double_to_bits(x);
  int e = (int)((u >> 52) & 0x7ff) - 1075;
  uint64_t m = (u & 0x000fffffffffffffull) | (1ull << 52);
  if (e >= 0) return (double)((m << e) % r);
  if (e < -52) return x; /* x < 1 <= r */
  /* x = m / 2^-e: the remainder is (m mod r * 2^-e) / 2^-e, which is at most m, so exact */
  return (double)(m % ((uint64_t)r << -e)) / (double)(1ull << -e);
}

static const char RADIX_DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Where the fraction's '.' goes in `out`: the integer part before it has at most 53 binary digits and a sign. */
#define RADIX_POINT 60

int hx_number_to_radix(double v, int radix, char *out) {
  if (v != v) { out[0] = 'N'; out[1] = 'a'; out[2] = 'N'; return 3; }
  int negative = v < 0;
  if (negative) v = -v;
  if (v == __builtin_inf()) {
    int len = 0;
    if (negative) out[len++] = '-';
    for (const char *s = "Infinity"; *s;) out[len++] = *s++;
    return len;
  }
  /* v >= 2^52 has no fraction; below, truncation is floor */
  double integer = v >= 4503599627370496.0 ? v : (double)(uint64_t)v;
  double fraction = v - integer;
  double delta = 0.5 * (bits_to_double(double_to_bits(v) + 1) - v);
  double min_delta = bits_to_double(1); /* the smallest subnormal */
  if (!(delta >= min_delta)) delta = min_delta;

  int end = RADIX_POINT; /* one past the last fraction character written */
  if (fraction >= delta) {
    out[end++] = '.';
    do {
      fraction = rounded_product(fraction, radix);
      delta = rounded_product(delta, radix);
      int digit = (int)fraction;
      out[end++] = RADIX_DIGITS[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          /* Round up: digits equal to radix - 1 drop off; the carry lands on a digit or the integer part. */
          for (;;) {
            end--;
            if (end == RADIX_POINT) { integer += 1; break; }
            char c = out[end];
            int d = c > '9' ? c - 'a' + 10 : c - '0';
            if (d + 1 < radix) { out[end++] = RADIX_DIGITS[d + 1]; break; }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  int has_fraction = end > RADIX_POINT;
  /* Without a fraction the integer can have up to 1024 digits: write it backwards from the buffer's end. */
  int start = has_fraction ? RADIX_POINT : HX_RADIX_BUF;
  int stop = start;
  while (integer / radix >= 9007199254740992.0) {
    integer /= radix;
    out[--start] = '0';
  }
  char *p = out + start;
  do {
    double remainder = remainder_small(integer, (unsigned)radix);
    *--p = RADIX_DIGITS[(int)remainder];
    integer = (integer - remainder) / radix; /* both steps round, as in V8, once integer passes 2^53 */
  } while (integer > 0);
  if (negative) *--p = '-';
  int len = (int)(out + stop - p);
  for (int i = 0; i < len; i++) out[i] = p[i];
  if (has_fraction) {
    for (int i = RADIX_POINT; i < end; i++) out[len++] = out[i];
  }
  return len;
}

/* ------------------------------------------------------------------------------------------------------------
 * String -> number: StringToNumber (unary +, Number(), implicit conversions), parseFloat and parseInt, with
 * V8's results. The caller feeds the string's UTF-16 code units one at a time (hx_parse_unit), so a string of
 * any length parses in bounded memory: the state below is all there is.
 *
 * Decimal values are correctly rounded (round half to even), as the specification requires:
 *  - at most 15 significant digits and a power of ten within 10^±22 (or a little more for shorter digit
 *    strings): one double multiplication or division of exact operands, which rounds exactly once;
 *  - otherwise the first 800 significant digits are kept, plus whether any digit after them was not 0, and
 *    the decimal is scaled by powers of two in decimal arithmetic (dividing or multiplying the digit string by
 *    up to 2^28 at a time) into [1/2, 1), then by 2^53, where the digits after the point decide the rounding.
 *    Every halfway point between two doubles, scaled by any power of two this reaches, has at most 767
 *    significant digits, so it is exact in 800 and the dropped digits (a value a little above the kept ones)
 *    can never move a value to the wrong side of one.
 * Binary, octal and hexadecimal literals and parseInt in radix 2, 4, 8, 16 and 32 round exactly too; parseInt
 * in another radix except 10 accumulates as V8 does, 32-bit chunks folded in with one double multiply-add each
 * (the specification allows an approximation there, and V8's is what programs see).
 * ------------------------------------------------------------------------------------------------------------ */

#define DEC_DIGITS 800
#define DEC_SHIFT_MAX 28 /* 10 * 2^28 < 2^32, and multiplying by 2^28 adds at most 9 digits */

typedef struct {
  int nd;      /* digits in d[] (no trailing zeros once trimmed) */
  int dp;      /* the value is 0.d[0]d[1]...d[nd-1] x 10^dp */
  int trunc;   /* a nonzero digit was dropped: the value is a little more than the digits */
  unsigned char d[DEC_DIGITS + 10]; /* digit values 0-9; room for a left shift's new digits */
} decimal;

static void dec_trim(decimal *a) {
  while (a->nd > 0 && a->d[a->nd - 1] == 0) a->nd--;
  if (a->nd == 0) a->dp = 0;
}

/* a /= 2^k, 1 <= k <= DEC_SHIFT_MAX: long division, digit by digit. */
static void dec_shr(decimal *a, int k) {
  int r = 0, w = 0;
  uint32_t n = 0;
  /* Read digits until the running value reaches 2^k; that gives the quotient's first digit. */
  while ((n >> k) == 0) {
    if (r < a->nd) n = n * 10 + a->d[r];
    else if (n == 0) { a->nd = 0; a->dp = 0; return; }
    else n *= 10;
    r++;
  }
  a->dp -= r - 1;
  uint32_t mask = (1u << k) - 1;
  for (; r < a->nd; r++) {
    a->d[w++] = (unsigned char)(n >> k);
    n = (n & mask) * 10 + a->d[r];
  }
  while (n) {
    unsigned char digit = (unsigned char)(n >> k);
    if (w < DEC_DIGITS) a->d[w++] = digit;
    else if (digit) a->trunc = 1;
    n = (n & mask) * 10;
  }
  a->nd = w;
  dec_trim(a);
}

/* a *= 2^k, 1 <= k <= DEC_SHIFT_MAX: from the last digit up, the product written 9 places further on. */
static void dec_shl(decimal *a, int k) {
  int r = a->nd, w = a->nd + 9;
  uint32_t n = 0;
  while (r > 0) {
    n += (uint32_t)a->d[--r] << k;
    uint32_t q = n / 10;
    a->d[--w] = (unsigned char)(n - q * 10);
    n = q;
  }
  while (n) {
    uint32_t q = n / 10;
    a->d[--w] = (unsigned char)(n - q * 10);
    n = q;
  }
  int count = a->nd + 9 - w;
  a->dp += count - a->nd;
  for (int i = 0; i < count; i++) a->d[i] = a->d[w + i];
  if (count > DEC_DIGITS) {
    for (int i = DEC_DIGITS; i < count; i++) if (a->d[i]) a->trunc = 1;
    count = DEC_DIGITS;
  }
  a->nd = count;
  dec_trim(a);
}

static void dec_shift_right(decimal *a, int k) {
  for (; k > DEC_SHIFT_MAX; k -= DEC_SHIFT_MAX) dec_shr(a, DEC_SHIFT_MAX);
  if (k > 0) dec_shr(a, k);
}

/* The integer part of a (below 2^54 here), rounded half to even by the digits after the point. */
static uint64_t dec_rounded_integer(const decimal *a) {
  uint64_t n = 0;
  int i;
  for (i = 0; i < a->dp && i < a->nd; i++) n = n * 10 + a->d[i];
  for (; i < a->dp; i++) n *= 10;
  if (a->dp >= 0 && a->dp < a->nd) {
    int first = a->d[a->dp];
    if (first == 5 && a->dp + 1 == a->nd) n += a->trunc || (n & 1); /* a tie, unless digits were dropped */
    else n += first >= 5;
  }
  return n;
}

#define INF_BITS 0x7ff0000000000000ull

static const double POW10[23] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
};

/* floor(i * log2(10)) for i = 1..8 (and 1 for 0): scaling by 2^this never crosses 1 from [10^-i, ...). */
static const unsigned char SHIFT_FOR_DIGITS[9] = { 1, 3, 6, 9, 13, 16, 19, 23, 26 };

/* The double nearest to 0.d[0]d[1]... x 10^(dp + exp10); `a` is consumed. */
static double dec_to_double(decimal *a, int64_t exp10) {
  dec_trim(a);
  if (a->nd == 0) return 0;
  int64_t point = a->dp + exp10;
  if (point > 310) return bits_to_double(INF_BITS);
  if (point < -330) return 0;
  a->dp = (int)point;

  if (a->nd <= 15 && !a->trunc) {
    uint64_t m = 0;
    for (int i = 0; i < a->nd; i++) m = m * 10 + a->d[i];
    int e = a->dp - a->nd; /* the value is m * 10^e */
    if (e >= 0 && e <= 22) return (double)m * POW10[e];
    if (e < 0 && e >= -22) return (double)m / POW10[-e];
    if (e > 22 && e <= 22 + 15 - a->nd) {
      for (int i = 22; i < e; i++) m *= 10; /* still below 10^15: exact */
      return (double)m * 1e22;
    }
  }

  int exp = 0;
  while (a->dp > 0) {
    int k = a->dp >= 9 ? 27 : SHIFT_FOR_DIGITS[a->dp];
    dec_shr(a, k);
    exp += k;
  }
  while (a->dp < 0 || (a->dp == 0 && a->d[0] < 5)) {
    int k = -a->dp >= 9 ? 27 : SHIFT_FOR_DIGITS[-a->dp];
    dec_shl(a, k);
    exp -= k;
  }
  /* a is in [1/2, 1): the value is (2a) x 2^(exp - 1) with 2a in [1, 2). */
  exp--;
  if (exp < -1022) { /* subnormal: fewer mantissa bits */
    dec_shift_right(a, -1022 - exp);
    exp = -1022;
  }
  if (exp > 1023) return bits_to_double(INF_BITS);
  dec_shl(a, 28);
  dec_shl(a, 25);
  uint64_t mant = dec_rounded_integer(a);
  if (mant == 1ull << 53) { /* rounded up to the next power of two */
    mant >>= 1;
    exp++;
    if (exp > 1023) return bits_to_double(INF_BITS);
  }
  if (!(mant & (1ull << 52))) return bits_to_double(mant); /* subnormal (or zero) */
  return bits_to_double(((uint64_t)(exp + 1023) << 52) | (mant & 0x000fffffffffffffull));
}

/* mant x 2^exp2 rounded to a double, `sticky` standing for nonzero bits below mant (power-of-two radixes). */
static double bin_to_double(uint64_t mant, int64_t exp2, int sticky) {
  if (mant == 0) return 0;
  int bits = 64 - __builtin_clzll(mant);
  if (bits > 53) {
    int s = bits - 53;
    uint64_t dropped = mant & ((1ull << s) - 1), half = 1ull << (s - 1);
    mant >>= s;
    exp2 += s;
    if (dropped > half || (dropped == half && (sticky || (mant & 1)))) mant++;
    if (mant >> 53) { mant >>= 1; exp2++; }
  }
  bits = 64 - __builtin_clzll(mant);
  if (exp2 + bits - 1 > 1023) return bits_to_double(INF_BITS);
  /* Normalise to 53 bits: the value is 1.f x 2^(exp2 + 52), exact (the integer is at least 1). */
  mant <<= 53 - bits;
  exp2 -= 53 - bits;
  return bits_to_double(((uint64_t)(exp2 + 52 + 1023) << 52) | (mant & 0x000fffffffffffffull));
}

/* JavaScript's WhiteSpace and LineTerminator code units. */
static int is_js_space(uint32_t c) {
  if (c == 0x20 || (c >= 0x09 && c <= 0x0d)) return 1;
  if (c < 0xa0) return 0;
  return c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
    c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/* The value of c as a digit in `radix`, or -1. */
static int digit_value(uint32_t c, int radix) {
  int d;
  if (c >= '0' && c <= '9') d = (int)c - '0';
  else if (c >= 'a' && c <= 'z') d = (int)c - 'a' + 10;
  else if (c >= 'A' && c <= 'Z') d = (int)c - 'A' + 10;
  else return -1;
  return d < radix ? d : -1;
}

enum {
  ST_LEAD,    /* leading white space */
  ST_SIGN,    /* after + or - */
  ST_ZERO,    /* a first 0 that may start 0x, 0o, 0b (StringToNumber, parseInt) */
  ST_INT,     /* decimal digits before any point */
  ST_DOT,     /* a point with no digit yet */
  ST_FRAC,    /* after the point, with a digit somewhere */
  ST_E,       /* after e or E */
  ST_ESIGN,   /* after e+ or e- */
  ST_EXP,     /* exponent digits */
  ST_INF,     /* part of "Infinity" */
  ST_PREFIX,  /* after 0x, 0o, 0b: a digit must follow */
  ST_RADIX,   /* digits in P.radix */
  ST_TAIL,    /* StringToNumber: after the number, only white space may follow */
  ST_DONE,    /* the result is known (parseFloat and parseInt ignore the rest) */
  ST_NAN,
};

enum { VAL_NONE, VAL_DECIMAL, VAL_BINARY, VAL_CHUNKS, VAL_INFINITY };

typedef struct {
  unsigned char kind, state, negative, value, prefix_ok, exp_negative, bits_per_digit, sticky;
  int radix, inf_matched;
  int64_t exp10;       /* the exponent after e, saturated */
  uint64_t mant;       /* power-of-two radixes: the leading bits */
  int64_t exp2;        /*   and the bits dropped below them */
  double chunks;       /* other radixes (parseInt): V8's accumulated value */
  uint32_t part, multiplier;
  decimal dec;
} parser;

/* The parser's state is needed only during a conversion, so toString(radix)'s text shares its memory. */
static union {
  parser p;
  char text[HX_RADIX_BUF];
} shared;
#define P (shared.p)

char *hx_shared_text(void) {
  return shared.text;
}

/* JavaScript's ToInt32. */
static int32_t to_int32(double v) {
  uint64_t u = double_to_bits(v);
  int e = (int)((u >> 52) & 0x7ff) - 1023;
  if (e < 0 || e >= 84) return 0; /* |v| < 1, or a multiple of 2^32, or NaN or infinite */
  uint64_t m = (u & 0x000fffffffffffffull) | (1ull << 52);
  uint64_t i = e <= 52 ? m >> (52 - e) : m << (e - 52);
  uint32_t low = (uint32_t)i;
  if (u >> 63) low = 0u - low;
  return (int32_t)low;
}

void hx_parse_begin(int kind, double radix) {
  P.kind = (unsigned char)kind;
  P.state = ST_LEAD;
  P.negative = P.value = P.exp_negative = P.sticky = 0;
  P.inf_matched = 0;
  P.exp10 = 0;
  P.mant = 0;
  P.exp2 = 0;
  P.chunks = 0;
  P.part = 0;
  P.multiplier = 1;
  P.dec.nd = P.dec.dp = P.dec.trunc = 0;
  P.radix = 10;
  P.prefix_ok = kind == HX_PARSE_NUMBER;
  if (kind == HX_PARSE_INT) {
    int32_t r = to_int32(radix);
    P.prefix_ok = r == 0 || r == 16;
    if (r != 0) P.radix = r;
    if (r != 0 && (r < 2 || r > 36)) P.state = ST_NAN;
  }
}

static void set_radix(int radix) {
  P.radix = radix;
  P.bits_per_digit = radix == 2 ? 1 : radix == 4 ? 2 : radix == 8 ? 3 : radix == 16 ? 4 : radix == 32 ? 5 : 0;
}

static void decimal_digit(int d, int before_point) {
  decimal *a = &P.dec;
  P.value = VAL_DECIMAL;
  if (a->nd == 0 && d == 0) { /* leading zero */
    if (!before_point && a->dp > -2000000000) a->dp--;
    return;
  }
  if (a->nd < DEC_DIGITS) a->d[a->nd++] = (unsigned char)d;
  else if (d) a->trunc = 1;
  if (before_point && a->dp < 2000000000) a->dp++;
}

static void radix_digit(int d) {
  if (P.radix == 10) { decimal_digit(d, 1); return; }
  if (P.bits_per_digit) {
    P.value = VAL_BINARY;
    if ((P.mant >> 58) == 0) {
      P.mant = (P.mant << P.bits_per_digit) | (uint64_t)d;
    } else {
      if (P.exp2 < 100000000) P.exp2 += P.bits_per_digit;
      if (d) P.sticky = 1;
    }
    return;
  }
  /* V8's generic radix: whole digits gathered while the multiplier stays below 2^32 / 36, then folded into
     the double; leading zeros are skipped first, so the chunks start where V8's do. */
  P.value = VAL_CHUNKS;
  if (P.chunks == 0 && P.multiplier == 1 && d == 0) return;
  uint32_t m = P.multiplier * (uint32_t)P.radix;
  if (m > 0xffffffffu / 36) {
    P.chunks = rounded_product(P.chunks, P.multiplier) + P.part;
    P.part = (uint32_t)d;
    P.multiplier = (uint32_t)P.radix;
  } else {
    P.part = P.part * (uint32_t)P.radix + (uint32_t)d;
    P.multiplier = m;
  }
}

/* A character that does not continue the number: StringToNumber allows only white space after it. */
static int number_ends(uint32_t c) {
  if (P.kind != HX_PARSE_NUMBER) { P.state = ST_DONE; return 0; }
  if (is_js_space(c)) { P.state = ST_TAIL; return 1; }
  P.state = ST_NAN;
  return 0;
}

static int fail(void) {
  P.state = P.kind == HX_PARSE_NUMBER || P.value == VAL_NONE ? ST_NAN : ST_DONE;
  return 0;
}

static int parse_int_unit(uint32_t c) {
  switch (P.state) {
    case ST_LEAD:
      if (is_js_space(c)) return 1;
      if (c == '+' || c == '-') { P.negative = c == '-'; P.state = ST_SIGN; return 1; }
      /* fall through */
    case ST_SIGN:
      if (c == '0' && P.prefix_ok) { P.state = ST_ZERO; P.value = VAL_DECIMAL; set_radix(P.radix); return 1; }
      set_radix(P.radix);
      P.state = ST_RADIX;
      break;
    case ST_ZERO:
      if (c == 'x' || c == 'X') { set_radix(16); P.value = VAL_NONE; P.state = ST_PREFIX; return 1; }
      P.state = ST_RADIX;
      break;
    case ST_PREFIX:
      P.state = ST_RADIX;
      break;
    case ST_RADIX:
      break;
    default:
      return 0;
  }
  int d = digit_value(c, P.radix);
  if (d < 0) { P.state = P.value == VAL_NONE ? ST_NAN : ST_DONE; return 0; }
  radix_digit(d);
  return 1;
}

int hx_parse_unit(uint32_t c) {
  if (P.kind == HX_PARSE_INT) return parse_int_unit(c);
  switch (P.state) {
    case ST_LEAD:
      if (is_js_space(c)) return 1;
      if (c == '0' && P.prefix_ok) { decimal_digit(0, 1); P.state = ST_ZERO; return 1; }
      if (c == '+' || c == '-') { P.negative = c == '-'; P.state = ST_SIGN; return 1; }
      /* fall through */
    case ST_SIGN:
      if (c >= '0' && c <= '9') { decimal_digit((int)c - '0', 1); P.state = ST_INT; return 1; }
      if (c == '.') { P.state = ST_DOT; return 1; }
      if (c == 'I') { P.inf_matched = 1; P.state = ST_INF; return 1; }
      return fail();
    case ST_ZERO:
      if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
        set_radix(c == 'x' || c == 'X' ? 16 : c == 'o' || c == 'O' ? 8 : 2);
        P.value = VAL_NONE;
        P.state = ST_PREFIX;
        return 1;
      }
      P.state = ST_INT;
      /* fall through */
    case ST_INT:
      if (c >= '0' && c <= '9') { decimal_digit((int)c - '0', 1); return 1; }
      if (c == '.') { P.state = ST_FRAC; return 1; }
      if (c == 'e' || c == 'E') { P.state = ST_E; return 1; }
      return number_ends(c);
    case ST_DOT:
    case ST_FRAC:
      if (c >= '0' && c <= '9') { decimal_digit((int)c - '0', 0); P.state = ST_FRAC; return 1; }
      if (P.state == ST_DOT) return fail();
      if (c == 'e' || c == 'E') { P.state = ST_E; return 1; }
      return number_ends(c);
    case ST_E:
      if (c == '+' || c == '-') { P.exp_negative = c == '-'; P.state = ST_ESIGN; return 1; }
      /* fall through */
    case ST_ESIGN:
      if (c >= '0' && c <= '9') { P.exp10 = (int64_t)c - '0'; P.state = ST_EXP; return 1; }
      return fail(); /* parseFloat: the number ends before the e */
    case ST_EXP:
      if (c >= '0' && c <= '9') {
        if (P.exp10 < 1000000000) P.exp10 = P.exp10 * 10 + ((int64_t)c - '0');
        return 1;
      }
      return number_ends(c);
    case ST_INF:
      if (P.inf_matched < 8) {
        if (c != (uint32_t)"Infinity"[P.inf_matched]) { P.state = ST_NAN; return 0; }
        if (++P.inf_matched < 8) return 1;
        P.value = VAL_INFINITY;
        if (P.kind != HX_PARSE_NUMBER) { P.state = ST_DONE; return 0; }
        return 1;
      }
      return number_ends(c);
    case ST_PREFIX:
    case ST_RADIX: {
      int d = digit_value(c, P.radix);
      if (d >= 0) { radix_digit(d); P.state = ST_RADIX; return 1; }
      if (P.state == ST_PREFIX) return fail();
      return number_ends(c);
    }
    case ST_TAIL:
      if (is_js_space(c)) return 1;
      P.state = ST_NAN;
      return 0;
    default:
      return 0;
  }
}

double hx_parse_end(void) {
  double nan = bits_to_double(0x7ff8000000000000ull);
  switch (P.state) {
    case ST_NAN: case ST_SIGN: case ST_DOT: case ST_PREFIX:
      return nan;
    case ST_LEAD:
      return P.kind == HX_PARSE_NUMBER ? 0 : nan;
    case ST_E: case ST_ESIGN:
      if (P.kind == HX_PARSE_NUMBER) return nan;
      break;
    case ST_INF:
      if (P.inf_matched < 8) return nan;
      break;
    default:
      break;
  }
  double v;
  switch (P.value) {
    case VAL_DECIMAL: v = dec_to_double(&P.dec, P.exp_negative ? -P.exp10 : P.exp10); break;
    case VAL_BINARY: v = bin_to_double(P.mant, P.exp2, P.sticky); break;
    case VAL_CHUNKS: v = rounded_product(P.chunks, P.multiplier) + P.part; break;
    case VAL_INFINITY: v = bits_to_double(INF_BITS); break;
    default: return nan;
  }
  return P.negative ? -v : v;
}
