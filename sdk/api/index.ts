/**
 * The Helix SDK API for application code: `import { ... } from "helix-sdk"`.
 * @packageDocumentation
 */
export { readByte, readLine } from './console.ts';
export {
  task, sleep, yieldNow, now, us, ms, seconds, taskStats, exit,
  TASK_TABLE_FULL, ADMISSION_REFUSED, INTENT_NOT_HONOURED,
} from './tasks.ts';
export {
  FOREVER, semaphore, take, give, mutex, lock, unlock, eventFlags, setFlags, clearFlags, waitFlags, channel, send, receive,
  raiseSoftwareInterrupt,
} from './sync.ts';
export type { Semaphore, Mutex, EventFlags, Channel } from './sync.ts';
export { pool, allocBlock, freeBlock, getByte, setByte, poolStats } from './pools.ts';
export type { Pool, Block, PoolStats } from './pools.ts';
export type {
  Intent, RealTimeIntent, InteractiveIntent, BatchIntent, BackgroundIntent, IdleIntent, Energy, Microseconds, Task,
  TaskStats,
} from './tasks.ts';
export { peripheral, baseOf } from './registers.ts';
export type {
  Access, Field, Fields, FieldValues, Register, Peripheral, Readable, Writable, Modifiable,
} from './registers.ts';
export { onInterrupt, runInterruptHandler } from './interrupts.ts';
export type { InterruptLine, InterruptIntent, InterruptHandler } from './interrupts.ts';
