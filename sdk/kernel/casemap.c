/*
 * toUpperCase / toLowerCase for every code point (the patched Porffor string
 * builtins call these for text outside ASCII; porffor-patches/case-map.js).
 * The tables come from Node's ICU (scripts/gen-casemap.js).
 */
#include <stdint.h>

typedef struct {
  uint32_t first : 21;
  uint32_t stride : 2;
  uint32_t last;
  int32_t delta;
} hx_case_run;

typedef struct {
  uint32_t cp;
  uint32_t to[3];
} hx_case_multi;

#include "casemap_table.h"

static int32_t single(const hx_case_run *runs, int n, uint32_t cp) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (cp < runs[mid].first) hi = mid - 1;
    else if (cp > runs[mid].last) lo = mid + 1;
    else return (cp - runs[mid].first) % runs[mid].stride == 0 ? (int32_t)cp + runs[mid].delta : (int32_t)cp;
  }
  return (int32_t)cp;
}

static int multi_index(const hx_case_multi *m, int n, uint32_t cp) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (cp < m[mid].cp) hi = mid - 1;
    else if (cp > m[mid].cp) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/*
 * The mapping of one code point: the mapped code point (>= 0), or, when it maps
 * to several, -(1 + i) where i indexes the multi table for hx_host_case_special.
 */
double hx_host_case_map(double code_point, double upper) {
  uint32_t cp = (uint32_t)code_point;
  if (upper != 0) {
    int i = multi_index(upper_multi, UPPER_MULTI_COUNT, cp);
    if (i >= 0) return -(double)(1 + i);
    return single(upper_runs, sizeof upper_runs / sizeof upper_runs[0], cp);
  }
  int i = multi_index(lower_multi, LOWER_MULTI_COUNT, cp);
  if (i >= 0) return -(double)(1 + i);
  return single(lower_runs, sizeof lower_runs / sizeof lower_runs[0], cp);
}

/* Code point k (0, 1, 2) of the several-code-point mapping hx_host_case_map returned as id, or -1 past its end. */
double hx_host_case_special(double upper, double id, double k) {
  int32_t i = -(int32_t)id - 1;
  const hx_case_multi *m = upper != 0 ? &upper_multi[i] : &lower_multi[i];
  int32_t j = (int32_t)k;
  if (j < 0 || j > 2 || m->to[j] == 0) return -1;
  return m->to[j];
}
