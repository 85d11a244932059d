// The host functions compiled programs import, in registration order. Porffor
// names imports by registration order, and its precompiled builtins may refer to
// functions by index, so its precompiler registers this same list
// (porffor-patches/host-imports.js). `c` is the C function that implements each.

import { MATH_FUNCTIONS } from './libm.js';

/** The first four are Porffor's own print and time imports; the rest are the SDK's. */
export const HOST_IMPORTS = [
  { name: 'print', params: 1, results: 0, c: 'hx_host_print_number' },
  { name: 'printChar', params: 1, results: 0, c: 'hx_host_putc' },
  { name: 'time', params: 0, results: 1, c: 'hx_host_time_ms' },
  { name: 'timeOrigin', params: 0, results: 1, c: 'hx_host_time_origin' },
  { name: '__hx_putc', params: 1, results: 0, c: 'hx_host_putc' },
  { name: '__hx_print_number', params: 1, results: 0, c: 'hx_host_print_number' },
  { name: '__hx_end_string', params: 0, results: 0, c: 'hx_host_end_string' },
  { name: '__hx_read_byte', params: 0, results: 1, c: 'hx_host_read_byte' },
  // number formatting used by the patched builtins (porffor-patches/number-format.js)
  { name: '__hx_fmt_number', params: 1, results: 1, c: 'hx_host_fmt_number' },
  { name: '__hx_fmt_fixed', params: 2, results: 1, c: 'hx_host_fmt_fixed' },
  { name: '__hx_fmt_exponential', params: 2, results: 1, c: 'hx_host_fmt_exponential' },
  { name: '__hx_fmt_precision', params: 2, results: 1, c: 'hx_host_fmt_precision' },
  { name: '__hx_fmt_char', params: 1, results: 1, c: 'hx_host_fmt_char' },
  // toString(radix) and string -> number (porffor-patches/number-parse.js, sdk/kernel/numfmt.c)
  { name: '__hx_fmt_radix', params: 2, results: 1, c: 'hx_host_fmt_radix' },
  { name: '__hx_parse_begin', params: 2, results: 0, c: 'hx_host_parse_begin' },
  { name: '__hx_parse_unit', params: 1, results: 1, c: 'hx_host_parse_unit' },
  { name: '__hx_parse_end', params: 0, results: 1, c: 'hx_host_parse_end' },
  // Math in C (porffor-patches/math-libm.js): the fdlibm and @stdlib functions themselves, and `%`
  ...MATH_FUNCTIONS.map(({ js, c, arity }) => ({ name: `__hx_math_${js}`, params: arity, results: 1, c })),
  { name: '__hx_fmod', params: 2, results: 1, c: 'hx_host_fmod' },
  // the heap and relocatable arrays (porffor-patches/allocator.js, relocatable-arrays.js; sdk/kernel/heap.c, arrays.c)
  { name: '__hx_alloc', params: 1, results: 1, c: 'hx_host_alloc' },
  { name: '__hx_array_alloc', params: 1, results: 1, c: 'hx_host_array_alloc' },
  { name: '__hx_array_reserve', params: 2, results: 1, c: 'hx_host_array_reserve' },
  { name: '__hx_object_reserve', params: 2, results: 1, c: 'hx_host_object_reserve' },
  { name: '__hx_string_reserve', params: 2, results: 1, c: 'hx_host_string_reserve' },
  { name: '__hx_string_room', params: 2, results: 1, c: 'hx_host_string_room' },
  // Unicode case mapping (porffor-patches/case-map.js, sdk/kernel/casemap.c)
  { name: '__hx_case_map', params: 2, results: 1, c: 'hx_host_case_map' },
  { name: '__hx_case_special', params: 3, results: 1, c: 'hx_host_case_special' },
  // tasks (sdk/api/tasks.ts, sdk/kernel/task_host.c)
  { name: '__hx_task_create', params: 6, results: 1, c: 'hx_host_task_create' },
  { name: '__hx_task_name', params: 3, results: 0, c: 'hx_host_task_name' },
  { name: '__hx_task_start', params: 1, results: 0, c: 'hx_host_task_start' },
  { name: '__hx_sleep', params: 1, results: 0, c: 'hx_host_sleep' },
  { name: '__hx_yield', params: 0, results: 0, c: 'hx_host_yield' },
  { name: '__hx_now', params: 0, results: 1, c: 'hx_host_now_us' },
  { name: '__hx_task_stat', params: 2, results: 1, c: 'hx_host_task_stat' },
  { name: '__hx_exit', params: 1, results: 0, c: 'hx_host_exit' },
  // semaphores, mutexes, event flags, channels (sdk/api/sync.ts, sdk/kernel/sync_host.c)
  { name: '__hx_sem_create', params: 2, results: 1, c: 'hx_host_sem_create' },
  { name: '__hx_sem_take', params: 2, results: 1, c: 'hx_host_sem_take' },
  { name: '__hx_sem_give', params: 1, results: 1, c: 'hx_host_sem_give' },
  { name: '__hx_mutex_create', params: 1, results: 1, c: 'hx_host_mutex_create' },
  { name: '__hx_mutex_lock', params: 2, results: 1, c: 'hx_host_mutex_lock' },
  { name: '__hx_mutex_unlock', params: 1, results: 1, c: 'hx_host_mutex_unlock' },
  { name: '__hx_flags_create', params: 0, results: 1, c: 'hx_host_flags_create' },
  { name: '__hx_flags_set', params: 2, results: 1, c: 'hx_host_flags_set' },
  { name: '__hx_flags_clear', params: 2, results: 1, c: 'hx_host_flags_clear' },
  { name: '__hx_flags_wait', params: 4, results: 1, c: 'hx_host_flags_wait' },
  { name: '__hx_channel_create', params: 2, results: 1, c: 'hx_host_channel_create' },
  { name: '__hx_message_put', params: 2, results: 0, c: 'hx_host_message_put' },
  { name: '__hx_message_get', params: 1, results: 1, c: 'hx_host_message_get' },
  { name: '__hx_channel_send', params: 2, results: 1, c: 'hx_host_channel_send' },
  { name: '__hx_channel_receive', params: 2, results: 1, c: 'hx_host_channel_receive' },
  { name: '__hx_soft_irq', params: 1, results: 0, c: 'hx_host_soft_irq' },
  // fixed-block pools (sdk/api/pools.ts, sdk/kernel/pool_host.c)
  { name: '__hx_pool_name_char', params: 2, results: 0, c: 'hx_host_pool_name_char' },
  { name: '__hx_pool_find', params: 1, results: 1, c: 'hx_host_pool_find' },
  { name: '__hx_pool_alloc', params: 2, results: 1, c: 'hx_host_pool_alloc' },
  { name: '__hx_pool_free', params: 1, results: 1, c: 'hx_host_pool_free' },
  { name: '__hx_block_get', params: 2, results: 1, c: 'hx_host_block_get' },
  { name: '__hx_block_set', params: 3, results: 1, c: 'hx_host_block_set' },
  { name: '__hx_pool_stat', params: 2, results: 1, c: 'hx_host_pool_stat' },
  // device interrupts (sdk/api/interrupts.ts, sdk/kernel/interrupt_host.c)
  { name: '__hx_irq_bind', params: 2, results: 1, c: 'hx_host_irq_bind' },
  { name: '__hx_irq_done', params: 1, results: 0, c: 'hx_host_irq_done' },
  { name: '__hx_task_release_on', params: 2, results: 0, c: 'hx_host_task_release_on' },
  // registers (sdk/api/registers.ts lowered by codegen/transforms/registers.js; sdk/kernel/mmio_host.c)
  ...[8, 16, 32].flatMap((bits) => [
    { name: `__hx_mmio_read${bits}`, params: 1, results: 1, c: `hx_host_mmio_read${bits}` },
    { name: `__hx_mmio_write${bits}`, params: 2, results: 0, c: `hx_host_mmio_write${bits}` },
    { name: `__hx_mmio_modify${bits}`, params: 3, results: 0, c: `hx_host_mmio_modify${bits}` },
  ]),
];

