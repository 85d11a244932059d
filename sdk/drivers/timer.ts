import type { Microseconds, Task } from '../api/tasks.ts';

/** A hardware timer that expires periodically, as applications use it (the board's `timer`). */
export interface PeriodicTimer {
  /**
   * Expire every `period` and run `handler` in a RealTime task (`budget` of CPU per expiry).
   * @returns the handler task (for taskStats)
   */
  start(period: Microseconds, budget: Microseconds, handler: () => void): Task;
  /** Stop expiring (the handler task stays, waiting). */
  stop(): void;
  /** Expiries handled so far. */
  count(): number;
}
