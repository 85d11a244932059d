/*
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
