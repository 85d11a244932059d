/// <reference path="../types/host.d.ts" />
/**
 * Tasks talking to each other: counting semaphores, mutexes with priority
 * inheritance, event flags and bounded channels that copy their messages.
 * Every call that can block takes a timeout in microseconds: `FOREVER` (the
 * default) waits as long as it takes, `0` only tries.
 * @module
 */
import type { Microseconds } from './tasks.ts';

/** Wait as long as it takes. */
export const FOREVER = -1;

/** A counting semaphore's handle. */
export type Semaphore = number;
/** A mutex's handle. */
export type Mutex = number;
/** An event flag group's handle (32 flags). */
export type EventFlags = number;
/** A channel's handle. */
export type Channel = number;

function created(id: number, what: string): number {
  if (id < 0) throw new RangeError(`cannot create another ${what}: the kernel's table is full or the size is out of range`);
  return id;
}

/**
 * A counting semaphore holding `initial` (at most `max`) units.
 * @example
 * ```ts
 * const ready = semaphore(0);
 * task("producer", { class: "batch" }, () => { prepare(); give(ready); });
 * task("consumer", { class: "batch" }, () => { if (take(ready, ms(100))) use(); });
 * ```
 */
export function semaphore(initial: number = 0, max: number = 0x7fffffff): Semaphore {
  return created(__hx_sem_create(initial, max) | 0, 'semaphore');
}

/** Take one unit, waiting up to `timeout`; true if taken. @example `if (!take(s, ms(5))) console.log("late");` */
export function take(s: Semaphore, timeout: Microseconds = FOREVER): boolean {
  return (__hx_sem_take(s, timeout) | 0) === 1;
}

/** Give one unit back (to the best-ranked waiter, if any); false if the semaphore is already at its maximum. @example `give(s);` */
export function give(s: Semaphore): boolean {
  return (__hx_sem_give(s) | 0) === 1;
}

/**
 * A mutex. With `inheritance` (the default) a task holding it runs at the rank
 * of the best-ranked task waiting for it, so a middle-ranked task cannot keep a
 * high-ranked one waiting (priority inversion).
 * @example
 * ```ts
 * const bus = mutex();
 * if (lock(bus, ms(2))) { transfer(); unlock(bus); }
 * ```
 */
export function mutex(options: { inheritance?: boolean } = {}): Mutex {
  return created(__hx_mutex_create(options.inheritance === false ? 0 : 1) | 0, 'mutex');
}

/** Lock, waiting up to `timeout`; true if locked. Throws when the caller already holds it. @example `lock(bus);` */
export function lock(m: Mutex, timeout: Microseconds = FOREVER): boolean {
  const r = __hx_mutex_lock(m, timeout) | 0;
  if (r === -3) throw new Error('mutex already held by this task (locking it again would wait for ever)');
  if (r < 0) throw new Error('lock() needs a mutex handle and must be called from a task');
  return r === 1;
}

/** Unlock; the best-ranked waiter gets the mutex at once. Throws when the caller does not hold it. @example `unlock(bus);` */
export function unlock(m: Mutex): void {
  if ((__hx_mutex_unlock(m) | 0) !== 1) throw new Error('unlock() of a mutex this task does not hold');
}

/** A group of 32 event flags, all clear. @example `const events = eventFlags();` */
export function eventFlags(): EventFlags {
  return created(__hx_flags_create() | 0, 'event flag group');
}

/** Set flags (bits of `bits`); waiters whose condition now holds wake up. @example `setFlags(events, 1 << 3);` */
export function setFlags(e: EventFlags, bits: number): void {
  __hx_flags_set(e, bits >>> 0);
}

/** Clear flags. @example `clearFlags(events, 1 << 3);` */
export function clearFlags(e: EventFlags, bits: number): void {
  __hx_flags_clear(e, bits >>> 0);
}

/**
 * Wait until any (or, with `all`, every) flag of `mask` is set; with `clear`
 * the flags that satisfied the wait are cleared. Returns those flags, or 0 on timeout.
 * @example
 * ```ts
 * const got = waitFlags(events, RX_DONE | TX_DONE, { all: false, clear: true }, ms(10));
 * ```
 */
export function waitFlags(e: EventFlags, mask: number, options: { all?: boolean; clear?: boolean } = {},
  timeout: Microseconds = FOREVER): number {
  const mode = (options.all ? 1 : 0) | (options.clear ? 2 : 0);
  return __hx_flags_wait(e, mask >>> 0, mode, timeout) >>> 0;
}

/**
 * A bounded channel of `capacity` messages, each `words` numbers (1-8). Sending
 * copies the message into the channel and receiving copies it out, so sender
 * and receiver never share an array.
 * @example
 * ```ts
 * const readings = channel(4, 2);
 * send(readings, [sensorId, value]);
 * const m = [0, 0];
 * if (receive(readings, m, ms(50))) console.log(m[0], m[1]);
 * ```
 */
export function channel(capacity: number, words: number): Channel {
  return created(__hx_channel_create(capacity, words) | 0, 'channel');
}

/** Copy `message` (its first `words` numbers) into the channel, waiting up to `timeout` for room; true if sent. */
export function send(c: Channel, message: number[], timeout: Microseconds = FOREVER): boolean {
  for (let i = 0; i < message.length && i < 8; i++) __hx_message_put(i, message[i]);
  return (__hx_channel_send(c, timeout) | 0) === 1;
}

/** Copy the oldest message into `into` (its first `words` numbers), waiting up to `timeout`; true if received. */
export function receive(c: Channel, into: number[], timeout: Microseconds = FOREVER): boolean {
  if ((__hx_channel_receive(c, timeout) | 0) !== 1) return false;
  for (let i = 0; i < into.length && i < 8; i++) into[i] = __hx_message_get(i) + 0;
  return true;
}

/**
 * Raise the CPU's software interrupt (SVC on Cortex-M, the CLINT software
 * interrupt on RISC-V, `int 0x31` on x86_64); its handler, in C, gives `s` from
 * interrupt context. A stand-in for a device interrupt, for measuring and testing
 * the interrupt-to-task path: the task waiting on `s` runs as soon as the
 * scheduler allows (TypeScript never runs in interrupt context).
 * @example
 * ```ts
 * const irq = semaphore(0);
 * raiseSoftwareInterrupt(irq);
 * take(irq); // the handler gave it
 * ```
 */
export function raiseSoftwareInterrupt(s: Semaphore): void {
  __hx_soft_irq(s);
}
