/// <reference path="../types/host.d.ts" />
/**
 * Typed access to a peripheral's registers. A register block is declared once,
 * as a type: each register's offset, access mode, width and bit fields. The
 * build lowers every access to one volatile load or store (codegen/transforms/
 * registers.ts), so a block costs nothing at run time beyond its base address,
 * and the type checker refuses a write to a read-only register or a field the
 * register does not have, with file:line:col.
 *
 * Values are 32-bit unsigned: `read()` and `get()` never return a negative
 * number, and `write(~0)` writes 0xFFFFFFFF.
 *
 * On x86_64, addresses below 0x10000 are I/O ports (`in`/`out` instructions).
 *
 * @example
 * ```ts
 * import { peripheral, type Peripheral, type Register, type Field } from 'helix-sdk';
 * type Uart = Peripheral<{
 *   DATA: Register<0x00, 'rw'>;
 *   STATE: Register<0x04, 'ro', { TX_FULL: Field<0, 1>; RX_FULL: Field<1, 1> }>;
 *   CTRL: Register<0x08, 'rw', { TX_EN: Field<0, 1>; RX_EN: Field<1, 1> }>;
 * }>;
 * const uart = peripheral<Uart>(0x4000_4000);
 * uart.CTRL.modify({ TX_EN: 1, RX_EN: 1 });
 * while (uart.STATE.get('TX_FULL')) { }
 * uart.DATA.write(0x41);
 * // uart.STATE.write(0);        -- type error: STATE is read-only
 * // uart.CTRL.set('TX_ENABLE', 1) -- type error: no such field
 * ```
 */

/** `rw` read and write, `ro` read only, `wo` write only (reads are refused). */
export type Access = 'rw' | 'ro' | 'wo';

/** A bit field: `Width` bits starting at bit `Shift` (both literal numbers). */
export interface Field<Shift extends number, Width extends number> {
  readonly __field: [Shift, Width];
}

/** The bit fields of a register, by name. */
export type Fields = { [name: string]: Field<number, number> };

/** One value per named field, for `modify` and `writeFields`. */
export type FieldValues<F extends Fields> = { [K in keyof F]?: number };

/** Where a register is and what it holds; read by the build only (the fields exist in types alone). */
export interface Location<Offset extends number, Bits extends 8 | 16 | 32, F extends Fields> {
  readonly __register: [Offset, Bits];
  readonly __fields: F;
}

/** The operations of a register that can be read. */
export interface Readable<F extends Fields> {
  /** The whole register, 0 to 2^32 - 1. */
  read(): number;
  /** One field, shifted down. */
  get<K extends keyof F & string>(field: K): number;
}

/** The operations of a register that can be written. */
export interface Writable<F extends Fields> {
  /** The whole register. */
  write(value: number): void;
  /** The named fields; every other bit is written as 0. */
  writeFields(values: FieldValues<F>): void;
}

/** Read-modify-write operations, for registers that are both read and written. */
export interface Modifiable<F extends Fields> {
  /** One field; the other bits keep their value (one read, one write). */
  set<K extends keyof F & string>(field: K, value: number): void;
  /** Several fields at once; the other bits keep their value (one read, one write). */
  modify(values: FieldValues<F>): void;
}

/**
 * A register at `Offset` bytes from its peripheral's base, `Bits` wide
 * (8, 16 or 32), with access mode `A` and bit fields `F`.
 */
export type Register<Offset extends number, A extends Access, F extends Fields = {}, Bits extends 8 | 16 | 32 = 32> =
  Location<Offset, Bits, F> &
  (A extends 'ro' ? Readable<F> : A extends 'wo' ? Writable<F> : Readable<F> & Writable<F> & Modifiable<F>);

/** A peripheral: its registers by name. At run time it is just the base address. */
export type Peripheral<R extends { [name: string]: Location<number, 8 | 16 | 32, any> }> = {
  readonly [K in keyof R]: R[K];
} & { readonly __peripheral: true };

/**
 * The peripheral of type `P` at `base`.
 * @example
 * ```ts
 * const timer0 = peripheral<CmsdkTimer>(0x4000_0000);
 * ```
 */
export function peripheral<P extends Peripheral<any>>(base: number): P {
  return base as unknown as P;
}

/**
 * The base address of a peripheral (for example to compare two instances).
 * @example
 * ```ts
 * if (baseOf(uart) === 0x4000_4000) console.log('UART0');
 * ```
 */
export function baseOf(p: Peripheral<any>): number {
  return p as unknown as number;
}
