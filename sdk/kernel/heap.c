/*
 * The JavaScript heap (see heap.h). Blocks are 4-byte aligned, zeroed (as
 * Porffor's code expects of fresh memory) and preceded by a 4-byte header that
 * holds their size, so an array can be checked against its capacity before it
 * grows (hx_host_array_reserve). Running out stops the program with a report that
 * names the arena size, the board setting and the allocating function, and exit
 * status 1 (the same status as an uncaught exception: the program failed, the
 * machine did not).
 */
#include "heap.h"
#include "console.h"
#include "crash.h"
#include "hx_libc.h"
#include "port.h"
#include "wasm_rt.h"

const char *hx_alloc_site;
static uint32_t heap_next;
static uint32_t heap_start;
static uint32_t slot_bytes;   /* the size of every static slot (Porffor's page size) */
static uint32_t last_block;   /* the most recent block: the one that can grow in place */

#define HEADER 4u

void hx_heap_init(uint32_t static_bytes, uint32_t slot) {
  hx_mem_use_whole_arena(); /* allocation is ours now, not memory.grow's */
  slot_bytes = slot;
  last_block = 0;
  heap_start = (static_bytes + 3u) & ~3u;
  heap_next = heap_start;
  if (heap_start > hx_mem_max_bytes) {
    hx_alloc_site = "the program's static data";
    hx_console_str("\n*** OUT OF MEMORY: the program's static data needs ");
    hx_console_dec(static_bytes);
    hx_console_str(" bytes\n");
    hx_console_str("    the arena has ");
    hx_console_dec(hx_mem_max_bytes);
    hx_console_str(" bytes; raise `heap` under [runtime] in the board file\n");
    hx_exit(HX_EXIT_UNCAUGHT);
  }
}

uint32_t hx_heap_high_water(void) {
  return heap_next;
}

__attribute__((noreturn)) static void out_of_memory(uint32_t request) {
  hx_console_flush_utf16();
  hx_console_str("\n*** OUT OF MEMORY: could not allocate ");
  hx_console_dec(request);
  hx_console_str(" bytes in ");
  hx_console_str(hx_alloc_site ? hx_alloc_site : "the program");
  hx_console_str("\n    the heap arena is ");
  hx_console_dec(hx_mem_max_bytes);
  hx_console_str(" bytes (");
  hx_console_dec(heap_next - heap_start);
  hx_console_str(" allocated, ");
  hx_console_dec(heap_start);
  hx_console_str(" static); raise `heap` under [runtime] in the board file\n");
  hx_exit(HX_EXIT_UNCAUGHT);
}

static uint32_t block_size(uint32_t at) {
  uint32_t size;
  __builtin_memcpy(&size, hx_mem + at - HEADER, 4); /* inlined (hx_memcpy is a call under -ffreestanding) */
  return size;
}

static void set_block_size(uint32_t at, uint32_t size) {
  __builtin_memcpy(hx_mem + at - HEADER, &size, 4);
}

uint32_t hx_heap_block(uint32_t n) {
  uint32_t size = (n + 3u) & ~3u;
  if (size < n || (uint64_t)size + HEADER > hx_mem_max_bytes - heap_next) out_of_memory(n);
  uint32_t at = heap_next + HEADER;
  heap_next = at + size;
  set_block_size(at, size);
  hx_memset(hx_mem + at, 0, size);
  last_block = at;
  return at;
}

/* What a block holds: a heap block its size, a static slot what is left of the slot from `at` on. */
static uint32_t block_capacity(uint32_t at) {
  return at < heap_start ? slot_bytes - at % slot_bytes : block_size(at);
}

uint32_t hx_heap_block_size(uint32_t at) {
  return block_size(at);
}

double hx_host_alloc(double bytes) {
  return (double)hx_heap_block(bytes > 0 ? (uint32_t)bytes : 0u);
}

/* What grows in place, for the report: an array of 9-byte elements, an object of 18-byte properties, a string. */
typedef struct {
  const char *title;     /* "ARRAY" */
  const char *noun;      /* "an array" */
  const char *unit;      /* "elements" */
  uint32_t header;       /* bytes before the first unit */
  uint32_t unit_bytes;   /* bytes per unit */
  const char *advice;
} hx_growable;

static const hx_growable ARRAY = {"ARRAY", "an array", "elements", 4, 9,
                                  "Create it at its final length (new Array(n), Array.from), or use a typed array."};
static const hx_growable OBJECT = {"OBJECT", "an object", "properties", 8, 18,
                                   "Give it all its properties when it is created, or use a Map."};
static const hx_growable STRING = {"STRING", "a string", "bytes", 4, 1,
                                   "Build it from parts with + or a template literal, or use a Uint8Array."};

__attribute__((noreturn)) static void too_long(const hx_growable *g, uint64_t need, uint32_t capacity) {
  hx_console_flush_utf16();
  hx_console_str("\n*** ");
  hx_console_str(g->title);
  hx_console_str(" TOO LONG: ");
  hx_console_str(g->noun);
  hx_console_str(" grew to ");
  hx_console_dec((need - g->header + g->unit_bytes - 1) / g->unit_bytes);
  hx_console_str(" ");
  hx_console_str(g->unit);
  hx_console_str(", past the ");
  hx_console_dec((capacity - g->header) / g->unit_bytes);
  hx_console_str(" its memory holds,\n    and other objects were allocated after it, so it cannot grow in place.\n    ");
  hx_console_str(g->advice);
  hx_console_str("\n");
  hx_exit(HX_EXIT_UNCAUGHT);
}

/*
 * Before a block grows (an array element stored past its length, a property
 * added to an object, bytes appended to a string): make sure it holds `need`
 * bytes. The newest block grows in place, doubling; any other full block stops
 * the program rather than overwrite its neighbour.
 */
static void reserve(const hx_growable *g, uint32_t at, uint64_t need) {
  uint32_t capacity = block_capacity(at);
  if (need <= capacity) return;
  if (!hx_heap_grow_in_place(at, need, UINT64_MAX)) too_long(g, need, capacity);
}

int hx_heap_grow_in_place(uint32_t at, uint64_t need, uint64_t limit) {
  if (at != last_block || at < heap_start) return 0;
  uint32_t capacity = block_size(at);
  uint64_t grown = (uint64_t)capacity * 2u;
  if (grown < need) grown = need;
  if (grown > limit && limit >= need) grown = limit;
  grown = (grown + 3u) & ~3ull;
  if (grown > hx_mem_max_bytes - at) {
    if (need > hx_mem_max_bytes - at) out_of_memory((uint32_t)(need - capacity));
    grown = hx_mem_max_bytes - at;
  }
  hx_memset(hx_mem + at + capacity, 0, (uint32_t)grown - capacity);
  set_block_size(at, (uint32_t)grown);
  heap_next = at + (uint32_t)grown;
  return 1;
}

/* Room for element `index` of a static array (a relocatable one: arrays.c). */
void hx_heap_static_array_reserve(uint32_t array, uint64_t need) {
  reserve(&ARRAY, array, need);
}

/* Room for one more property of an object that has `size` (before it is added). */
double hx_host_object_reserve(double object, double size) {
  reserve(&OBJECT, (uint32_t)object, 8u + ((uint64_t)size + 1u) * 18u);
  return 0;
}

/*
 * Room for `bytes` bytes of characters in a string a builtin is still building (join, one-byte or UTF-16):
 * the string itself when it holds them or, as the newest block, grows to; else a copy in a new block of twice
 * the size, which the builder continues (each part it converts is allocated after the string, so growing in
 * place soon fails).
 */
double hx_host_string_room(double string, double bytes) {
  uint32_t at = (uint32_t)string;
  uint64_t need = 4u + (uint64_t)bytes;
  uint32_t capacity = block_capacity(at);
  if (need <= capacity || hx_heap_grow_in_place(at, need, UINT64_MAX)) return string;
  uint64_t size = (uint64_t)capacity * 2u;
  if (size < need) size = need;
  if (size > hx_mem_max_bytes) out_of_memory((uint32_t)(size > UINT32_MAX ? UINT32_MAX : size));
  uint32_t copy = hx_heap_block((uint32_t)size);
  hx_memcpy(hx_mem + copy, hx_mem + at, capacity); /* the whole old block: its kind sets how many bytes are used */
  return (double)copy;
}

/* Room for a one-byte string of `length` characters (before it is appended to). */
double hx_host_string_reserve(double string, double length) {
  reserve(&STRING, (uint32_t)string, 4u + (uint64_t)length);
  return 0;
}
