/*
 * Relocatable arrays. A JavaScript array must be able to grow at any time, but
 * the program holds its address everywhere (locals, other arrays, objects) and
 * Porffor's code indexes its memory directly, so an array that is not the
 * newest block could not grow without overwriting its neighbour. Arrays
 * therefore live at addresses past the arena:
 *
 *     HX_ARRAYS_BASE + id * HX_ARRAY_SLOT + offset
 *
 * Such an address is out of bounds for linear memory, so a load or store of it
 * takes the bounds check's slow path (wasm_rt.h hx_mem_far), which looks the
 * block up in a table. When an array outgrows its block, the block moves (or
 * grows in place if it is the newest) and only the table changes. The fast
 * path of every other access is unchanged; an array access costs a call and a
 * table look-up.
 *
 * The block an array moves out of is kept for a later array (or a later move)
 * that needs between a quarter of its size and all of it.
 *
 * Limits: an array holds at most (HX_ARRAY_SLOT - 4) / 9 elements, and a run
 * creates at most HX_ARRAY_IDS arrays (nothing is freed yet). Both end the
 * program with a clear report, never with corruption.
 */
#include "console.h"
#include "crash.h"
#include "heap.h"
#include "hx_libc.h"
#include "wasm_rt.h"

#define HX_ARRAYS_BASE 0x10000000u /* above any arena (boards allow up to 256 MiB) */
#define HX_ARRAY_SHIFT 17u
#define HX_ARRAY_SLOT (1u << HX_ARRAY_SHIFT)
/* Below 2^31: Porffor converts some pointers with signed conversions. */
#define HX_ARRAY_IDS ((0x80000000u - HX_ARRAYS_BASE) >> HX_ARRAY_SHIFT)
#define HX_ARRAY_MIN_BYTES (4u + 4u * 9u) /* length and four elements */

static uint32_t table_at;    /* heap block of block addresses, one per array id */
static uint32_t table_slots; /* entries the table block holds */
static uint32_t count;       /* arrays created */

/*
 * The array block resolved last: a loop over one array finds it without the
 * table (cleared when a block moves). TypeScript switches tasks only at
 * preemption points, never inside an access, so it needs no lock.
 */
static struct { uint32_t lo, len; uint8_t *base; } last;

/* Blocks arrays moved out of, for later arrays: by floor(log2(size)); the next link is in the block. */
static uint32_t free_bins[HX_ARRAY_SHIFT + 1];

/* Words in the arena, read and written with memcpy (the arena is a byte array). */
static inline uint32_t word(uint32_t at) {
  uint32_t v;
  __builtin_memcpy(&v, hx_mem + at, 4); /* inlined, where hx_memcpy is a call (-ffreestanding) */
  return v;
}

static inline void set_word(uint32_t at, uint32_t v) {
  __builtin_memcpy(hx_mem + at, &v, 4);
}

/* The block of array `id`. */
static uint32_t block_of(uint32_t id) {
  return word(table_at + id * 4u);
}

static uint32_t log2_floor(uint32_t x) {
  return 31u - (uint32_t)__builtin_clz(x);
}

static void release(uint32_t at) {
  uint32_t bin = log2_floor(hx_heap_block_size(at));
  if (bin > HX_ARRAY_SHIFT) bin = HX_ARRAY_SHIFT;
  set_word(at, free_bins[bin]);
  free_bins[bin] = at;
}

/* Take block `at`, whose predecessor is `prev` (0: it heads bin `bin`). */
static uint32_t unlink(uint32_t bin, uint32_t prev, uint32_t at) {
  if (prev) set_word(prev, word(at)); else free_bins[bin] = word(at);
  hx_memset(hx_mem + at, 0, hx_heap_block_size(at));
  return at;
}

/*
 * A zeroed block of at least n bytes: a released one of less than four times n
 * (n's own bin, whose first few blocks are looked at, then the next one), or a new one.
 */
static uint32_t array_block(uint32_t n) {
  uint32_t bin = log2_floor(n);
  uint32_t prev = 0;
  for (uint32_t at = free_bins[bin], looked = 0; at && looked < 4; prev = at, at = word(at), looked++) {
    if (hx_heap_block_size(at) >= n) return unlink(bin, prev, at);
  }
  if (bin < HX_ARRAY_SHIFT && free_bins[bin + 1u]) return unlink(bin + 1u, 0, free_bins[bin + 1u]);
  return hx_heap_block(n);
}

__attribute__((noreturn)) static void array_limit(const char *what, uint32_t limit, const char *unit, const char *advice) {
  hx_console_flush_utf16();
  hx_console_str("\n*** ");
  hx_console_str(what);
  hx_console_dec(limit);
  hx_console_str(unit);
  hx_console_str("\n    ");
  hx_console_str(advice);
  hx_console_str("\n");
  hx_exit(HX_EXIT_UNCAUGHT);
}

/* A new array with room for `bytes` (its length word and elements); returns its address. */
double hx_host_array_alloc(double bytes) {
  uint32_t n = bytes > HX_ARRAY_MIN_BYTES ? (bytes < HX_ARRAY_SLOT ? (uint32_t)bytes : HX_ARRAY_SLOT) : HX_ARRAY_MIN_BYTES;
  if (count == HX_ARRAY_IDS) {
    array_limit("TOO MANY ARRAYS: a program can create at most ", HX_ARRAY_IDS, " arrays (none is freed yet)",
                "Reuse arrays (set length = 0 and fill again) or use typed arrays for bulk data.");
  }
  if (count == table_slots) {
    uint32_t slots = table_slots ? table_slots * 2u : 64u;
    uint32_t grown = array_block(slots * 4u);
    if (table_slots) {
      hx_memcpy(hx_mem + grown, hx_mem + table_at, table_slots * 4u);
      release(table_at);
    }
    table_at = grown;
    table_slots = slots;
  }
  uint32_t at = array_block(n);
  set_word(table_at + count * 4u, at);
  return (double)(HX_ARRAYS_BASE + (count++ << HX_ARRAY_SHIFT));
}

/* Give array `id` room for `need` bytes: double it, in place if it is the newest block, else move it. */
static uint32_t grow(uint32_t id, uint32_t need) {
  last.len = 0; /* it may describe this array's old block */
  hx_alloc_site = "a store past the end of an array (which grows by moving)";
  uint32_t at = block_of(id);
  if (hx_heap_grow_in_place(at, need, HX_ARRAY_SLOT)) return at;
  uint32_t capacity = hx_heap_block_size(at);
  uint32_t size = capacity * 2u;
  if (size < need) size = need;
  if (size > HX_ARRAY_SLOT) size = HX_ARRAY_SLOT;
  uint32_t moved = array_block(size);
  hx_memcpy(hx_mem + moved, hx_mem + at, capacity);
  set_word(table_at + id * 4u, moved);
  release(at);
  return moved;
}

uint8_t *hx_mem_far_span(uint64_t ea, uint32_t size, int store, uint32_t *held) {
  if (ea < HX_ARRAYS_BASE) hx_trap(HX_TRAP_MEMORY_BOUNDS);
  uint64_t rel = ea - HX_ARRAYS_BASE;
  uint64_t id = rel >> HX_ARRAY_SHIFT;
  uint32_t offset = (uint32_t)rel & (HX_ARRAY_SLOT - 1u);
  if (id >= count || offset + (uint64_t)size > HX_ARRAY_SLOT) hx_trap(HX_TRAP_MEMORY_BOUNDS);
  uint32_t at = block_of((uint32_t)id);
  uint32_t capacity = word(at - 4u); /* the block's size header (heap.c) */
  if (offset + size > capacity) {
    if (store) {
      at = grow((uint32_t)id, offset + size);
    } else {
      *held = offset < capacity ? capacity - offset : 0u;
    }
  }
  return hx_mem + at + offset;
}

/*
 * Every load and store of an array element comes here (wasm_rt.h), so the
 * common cases (inside the last array's block, inside another array's block)
 * are a few instructions; growing, reading past the block and traps go
 * through hx_mem_far_span.
 */
uint8_t *hx_mem_far(uint64_t ea, uint32_t size, int store) {
  uint32_t d = (uint32_t)ea - last.lo; /* wraps high below the block; ea past 4 GiB is never inside it */
  if (HX_LIKELY((ea >> 32) == 0 && d < last.len && d + size <= last.len)) return last.base + d;
  uint64_t rel = ea - HX_ARRAYS_BASE; /* wraps to a huge id below the base */
  uint64_t id = rel >> HX_ARRAY_SHIFT;
  uint32_t offset = (uint32_t)rel & (HX_ARRAY_SLOT - 1u);
  if (HX_LIKELY(id < count)) {
    uint32_t at = block_of((uint32_t)id);
    uint32_t capacity = word(at - 4u);
    if (HX_LIKELY(offset + size <= capacity)) {
      last.lo = (uint32_t)(ea - offset);
      last.len = capacity;
      last.base = hx_mem + at;
      return hx_mem + at + offset;
    }
  }
  static uint8_t partial[16]; /* a load that reaches past the block: the bytes it holds, then zeros */
  uint32_t held = size;
  uint8_t *at = hx_mem_far_span(ea, size, store, &held);
  if (held == size) return at;
  hx_memset(partial, 0, sizeof partial);
  hx_memcpy(partial, at, held);
  return partial;
}

/*
 * `array[index] = value`, after the value is computed and before it is stored:
 * an index the array cannot reach would address the next array's slot, so it
 * ends the program here; a store at or past the length makes the length
 * index + 1 (Porffor's code does not). Room is made by the store itself
 * (hx_mem_far_span), or here for an array in the static data.
 */
double hx_host_array_reserve(double array, double index) {
  if (!(index >= 0 && index <= 4294967294.0)) return 0;
  uint64_t need = 4u + ((uint64_t)index + 1u) * 9u;
  uint32_t at = (uint32_t)array;
  if (at < HX_ARRAYS_BASE) {
    hx_heap_static_array_reserve(at, need);
  } else if (need > HX_ARRAY_SLOT) {
    array_limit("ARRAY TOO LONG: an array can hold at most ", (HX_ARRAY_SLOT - 4u) / 9u, " elements",
                "Use a typed array (Float64Array, Uint32Array, ...) for bulk data.");
  }
  uint32_t i = (uint32_t)index;
  uint32_t length = hx_i32_load(at, 0);
  if ((double)i == index && length <= i) {
    /* the slots grown over read as undefined (a shorter length earlier may have left values there) */
    hx_memory_fill(at + 4u + length * 9u, 0, (i + 1u - length) * 9u);
    hx_i32_store(at, 0, i + 1u);
  }
  return 0;
}
