/**
 * Host functions the kernel provides to compiled programs (see sdk/kernel/host.c
 * and codegen/porffor.js, which registers them). SDK-internal: application code
 * uses the typed API in sdk/api instead.
 */
declare function __hx_putc(codeUnit: number): void;
declare function __hx_print_number(value: number): void;
declare function __hx_end_string(): void;
declare function __hx_read_byte(): number;
