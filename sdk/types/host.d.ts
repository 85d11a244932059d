/**
 * Host functions the kernel provides to compiled programs (see sdk/kernel/host.c
 * and codegen/porffor.js, which registers them). SDK-internal: application code
 * uses the typed API in sdk/api instead.
 */
declare function __hx_putc(codeUnit: number): void;
declare function __hx_print_number(value: number): void;
declare function __hx_end_string(): void;
declare function __hx_read_byte(): number;
declare function __hx_task_create(cls: number, period: number, deadline: number, budget: number, latency: number, cpu: number): number;
declare function __hx_task_name(id: number, index: number, codeUnit: number): void;
declare function __hx_task_start(id: number): void;
declare function __hx_sleep(microseconds: number): void;
declare function __hx_yield(): void;
declare function __hx_now(): number;
declare function __hx_task_stat(id: number, field: number): number;
declare function __hx_exit(status: number): void;
declare function __hx_sem_create(initial: number, max: number): number;
declare function __hx_sem_take(id: number, timeout: number): number;
declare function __hx_sem_give(id: number): number;
declare function __hx_mutex_create(inherit: number): number;
declare function __hx_mutex_lock(id: number, timeout: number): number;
declare function __hx_mutex_unlock(id: number): number;
declare function __hx_flags_create(): number;
declare function __hx_flags_set(id: number, bits: number): number;
declare function __hx_flags_clear(id: number, bits: number): number;
declare function __hx_flags_wait(id: number, mask: number, mode: number, timeout: number): number;
declare function __hx_channel_create(capacity: number, words: number): number;
declare function __hx_message_put(index: number, value: number): void;
declare function __hx_message_get(index: number): number;
declare function __hx_channel_send(id: number, timeout: number): number;
declare function __hx_channel_receive(id: number, timeout: number): number;
declare function __hx_pool_name_char(index: number, codeUnit: number): void;
declare function __hx_pool_find(length: number): number;
declare function __hx_pool_alloc(pool: number, timeout: number): number;
declare function __hx_pool_free(block: number): number;
declare function __hx_block_get(block: number, offset: number): number;
declare function __hx_block_set(block: number, offset: number, value: number): number;
declare function __hx_pool_stat(pool: number, field: number): number;
declare function __hx_soft_irq(semaphore: number): void;
declare function __hx_mmio_read8(address: number): number;
declare function __hx_mmio_write8(address: number, value: number): void;
declare function __hx_mmio_modify8(address: number, mask: number, bits: number): void;
declare function __hx_mmio_read16(address: number): number;
declare function __hx_mmio_write16(address: number, value: number): void;
declare function __hx_mmio_modify16(address: number, mask: number, bits: number): void;
declare function __hx_mmio_read32(address: number): number;
declare function __hx_mmio_write32(address: number, value: number): void;
declare function __hx_mmio_modify32(address: number, mask: number, bits: number): void;
declare function __hx_irq_bind(line: number, semaphore: number): number;
declare function __hx_irq_done(line: number): void;
declare function __hx_task_release_on(task: number, semaphore: number): void;
