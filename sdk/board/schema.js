// JSON Schemas for board files (boards/*.toml) and target descriptions
// (targets/<isa>/target.toml). Sizes may be integers or strings like "64K".

const size = {
  anyOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', pattern: '^[0-9][0-9_]*\\s*([KMG]i?B?)?$' },
  ],
  description: 'a size in bytes: an integer or a string such as "64K", "4M"',
};
const address = { type: 'integer', minimum: 0, description: 'an address (integer, e.g. 0x4000_4000)' };
const stringList = { type: 'array', items: { type: 'string' } };
const table = (properties, required = []) => ({ type: 'object', additionalProperties: false, properties, required });

/** Scheduler modules (sdk/kernel/sched/<name>.c) and the ones that preempt. */
export const SCHEDULERS = ['cooperative', 'dis'];
export const PREEMPTIVE_SCHEDULERS = ['dis'];
export const ALLOCATORS = ['porffor-bump'];

export const boardSchema = table({
  description: { type: 'string' },
  extends: { type: 'string' },
  target: { type: 'string' },
  cpu: table({
    flags: stringList,
    clock_hz: { type: 'integer', minimum: 1 },
    hart: { type: 'integer', minimum: 0, maximum: 15, description: 'RISC-V: the hart that runs the program (the others are parked)' },
  }, ['flags', 'clock_hz']),
  memory: {
    type: 'object',
    minProperties: 1,
    additionalProperties: table({
      origin: address,
      length: size,
      attrs: { type: 'string', pattern: '^[rwxaiRWXAIlL!]+$' },
    }, ['origin', 'length']),
  },
  runtime: table({
    heap: size,
    stack: size,
    scheduler: { type: 'string', enum: SCHEDULERS },
    tasks: { type: 'integer', minimum: 1, maximum: 64, description: 'the most tasks that can exist at once' },
    tick_hz: { type: 'integer', minimum: 10, maximum: 100000, description: 'how often a preemptive scheduler looks at the clock' },
    task_stack: size,
    allocator: { type: 'string', enum: ALLOCATORS },
    code_region: { type: 'string' },
    data_region: { type: 'string' },
    heap_region: { type: 'string' },
    optimize: { type: 'string', enum: ['size', 'speed'] },
  }, ['heap', 'stack', 'scheduler', 'allocator']),
  console: table({
    driver: { type: 'string' },
    base: address,
    baud: { type: 'integer', minimum: 1 },
    reg_shift: { type: 'integer', minimum: 0, maximum: 4 },
    clock_hz: { type: 'integer', minimum: 1, description: 'the UART\'s input clock, when it is not the CPU clock' },
  }, ['driver', 'baud']),
  timer: table({
    driver: { type: 'string' },
    base: address,
    hz: { type: 'integer', minimum: 1 },
    prescaler: { type: 'integer', minimum: 0, maximum: 65535, description: 'divides the timer\'s input clock to hz (STM32: input / (prescaler + 1))' },
  }, ['driver', 'hz']),
  clock: table({
    driver: { type: 'string', description: 'the clock set-up driver (stm32f4-pll)' },
    hse_hz: { type: 'integer', minimum: 1 },
    sysclk_hz: { type: 'integer', minimum: 1 },
    hse_bypass: { type: 'integer', enum: [0, 1] },
    apb1_div: { type: 'integer', enum: [1, 2, 4, 8, 16] },
    apb2_div: { type: 'integer', enum: [1, 2, 4, 8, 16] },
    vos: { type: 'integer', minimum: 0, maximum: 3 },
  }, ['driver']),
  flash: table({
    method: { type: 'string', enum: ['stm32-uart', 'k210-isp'], description: 'how `helix-sdk flash` loads the image' },
    baud: { type: 'integer', minimum: 1200 },
    base: address,
    sectors: { type: 'array', items: { type: 'string', pattern: '^[0-9]+x[0-9]+K$' }, description: 'flash layout, e.g. ["4x16K", "1x64K"]' },
    chip_id: { type: 'integer', minimum: 0, description: 'the product ID the bootloader must report' },
    reset: {
      type: 'string',
      pattern: '^(none|dtr-rts|k210-dan|[DRW][0-9]+([|][DRW][0-9]+)*)$',
      description: 'how DTR/RTS enter the bootloader: none (by hand), dtr-rts (DTR = reset, RTS = BOOT0), k210-dan, or a recipe like "D1|R0|W100|D0"',
    },
  }, ['method']),
  interrupts: table({
    controller: { type: 'string', description: 'the interrupt controller driver (nvic, plic, ioapic)' },
    base: address,
    context: { type: 'integer', minimum: 0, description: 'PLIC: the context of the boot hart\'s M-mode (default 0)' },
  }, ['controller']),
  support: { type: 'string', description: 'the TypeScript board-support module apps import as "helix-sdk/board" (sdk/bsp/<name>.ts, or a path next to the board file)' },
  exit: table({
    method: { type: 'string' },
    base: address,
    port: address,
    offset: { type: 'integer', minimum: 0 },
  }, ['method']),
  pools: {
    type: 'object',
    description: 'fixed-block pools: name = { block = <bytes>, count = <blocks> }',
    propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]{0,23}$' },
    additionalProperties: table({
      block: { type: 'integer', minimum: 1, maximum: 65536 },
      count: { type: 'integer', minimum: 1, maximum: 65535 },
    }, ['block', 'count']),
  },
  qemu: table({
    binary: { type: 'string' },
    machine: { type: 'string' },
    args: stringList,
    icount_shift: { type: 'integer', minimum: 0, maximum: 10 },
  }, ['binary', 'machine', 'icount_shift']),
}, ['description', 'target', 'cpu', 'memory', 'runtime', 'console', 'timer', 'exit']);

export const targetSchema = table({
  description: { type: 'string' },
  toolchain: { type: 'string' },
  cflags: stringList,
  ldflags: stringList,
  sources: stringList,
  linker_template: { type: 'string' },
  pointer_bits: { type: 'integer', enum: [32, 64] },
}, ['description', 'toolchain', 'cflags', 'ldflags', 'sources', 'linker_template', 'pointer_bits']);

/** The same schema with nothing required: what a single file of an `extends` chain must satisfy. */
export function partial(schema) {
  if (Array.isArray(schema)) return schema.map(partial);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'required' || k === 'minProperties') continue;
    out[k] = partial(v);
  }
  return out;
}
