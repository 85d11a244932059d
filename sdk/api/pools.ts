/// <reference path="../types/host.d.ts" />
/**
 * Fixed-block pools the board file declares (`[pools] frames = { block = 128, count = 16 }`):
 * allocation and release take the same few instructions however full the pool
 * is, never touch the JavaScript heap, and work from interrupt handlers too.
 * @module
 */
import type { Microseconds } from './tasks.ts';

/** A pool's handle, from {@link pool}. */
export type Pool = number;
/** A block's handle (not an address), from {@link allocBlock}. */
export type Block = number;

/**
 * The pool the board file declares under this name. Throws if there is none.
 * @example
 * ```ts
 * const frames = pool("frames");
 * ```
 */
export function pool(name: string): Pool {
  for (let i = 0; i < name.length; i++) __hx_pool_name_char(i, name.charCodeAt(i));
  const p = __hx_pool_find(name.length) | 0;
  if (p < 0) throw new RangeError(`the board declares no pool "${name}" (add it under [pools] in the board file)`);
  return p;
}

/**
 * A block from the pool, or -1 when it is exhausted after waiting up to `timeout` (default: do not wait).
 * @example
 * ```ts
 * const b = allocBlock(frames);
 * if (b < 0) console.log("no frame free");
 * ```
 */
export function allocBlock(p: Pool, timeout: Microseconds = 0): Block {
  return __hx_pool_alloc(p, timeout) + 0;
}

/** Give a block back to its pool; false if the handle is not a block. @example `freeBlock(b);` */
export function freeBlock(b: Block): boolean {
  return (__hx_pool_free(b) | 0) === 1;
}

/** Byte `offset` of a block (0-255), or -1 outside it. @example `const first = getByte(b, 0);` */
export function getByte(b: Block, offset: number): number {
  return __hx_block_get(b, offset) | 0;
}

/** Set byte `offset` of a block; false outside it. @example `setByte(b, 0, 0x7e);` */
export function setByte(b: Block, offset: number, value: number): boolean {
  return (__hx_block_set(b, offset, value & 255) | 0) === 1;
}

/** A pool's size and use. */
export interface PoolStats { blockBytes: number; blocks: number; inUse: number; highWater: number; }

/** How a pool is used now, and at most so far. @example `console.log(poolStats(frames).highWater);` */
export function poolStats(p: Pool): PoolStats {
  return {
    blockBytes: __hx_pool_stat(p, 0) | 0,
    blocks: __hx_pool_stat(p, 1) | 0,
    inUse: __hx_pool_stat(p, 2) | 0,
    highWater: __hx_pool_stat(p, 3) | 0,
  };
}
