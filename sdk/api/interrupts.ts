/// <reference path="../types/host.d.ts" />
/**
 * Device interrupts handled in TypeScript. TypeScript never runs in interrupt
 * context: the board's interrupt controller driver (C) masks and acknowledges
 * the line, and releases one job of a RealTime handler task; when the handler
 * returns, the line is unmasked again. The handler reads the device, clears its
 * interrupt condition and hands the work on (a channel, a semaphore).
 */
import { defineTask, type Microseconds, type Task } from './tasks.ts';
import { give, semaphore } from './sync.ts';

/** A named interrupt line of the board (its board support module, "helix-sdk/board", lists them). */
export interface InterruptLine {
  /** the name the handler task gets, e.g. "uart0-rx" */
  name: string;
  /** the controller's line number: NVIC IRQn, PLIC source, I/O APIC pin */
  line: number;
}

/**
 * What a handler needs, as a RealTime intent for a sporadic task: `minInterval`
 * is the shortest time between two interrupts that admission assumes, `budget`
 * the handler's CPU time per interrupt, `deadline` how soon after the interrupt
 * the handler must have finished (default: minInterval).
 */
export interface InterruptIntent {
  minInterval: Microseconds;
  budget: Microseconds;
  deadline?: Microseconds;
}

/** What runs for each interrupt: a function, or an object's `interrupt()` method (a driver). */
export type InterruptHandler = (() => void) | { interrupt(): void };

// Per handler task (by task id): the handler, its line and the semaphore that releases its jobs. Tables,
// not closures, so that a driver object can be the handler (closures that outlive their call are outside
// the subset); created by the first onInterrupt, so programs without interrupts do not pay for them.
let handlers: InterruptHandler[] | null = null;
let lines: number[] | null = null;
let releases: number[] | null = null;

function noBody(): void {}

/** The kernel runs a job of task `id` through here first (sdk/runtime/tasks.ts); false if it is no handler task. */
export function __hx_interrupt_job(id: number): boolean {
  if (handlers === null) return false;
  const h = handlers[id];
  if (h === undefined) return false;
  if (typeof h === 'function') h();
  else h.interrupt();
  __hx_irq_done(lines![id]);
  return true;
}

/**
 * Run `handler` in a RealTime task for each interrupt of `irq`.
 * @returns the handler task (for taskStats)
 * @throws Error when the handler task is not admitted, the line does not exist on the board's
 *   interrupt controller, or it already has a handler
 * @example
 * ```ts
 * import { onInterrupt, us } from 'helix-sdk';
 * import { TIMER0 } from 'helix-sdk/board';
 * let ticks = 0;
 * onInterrupt(TIMER0, { minInterval: us(1000), budget: us(50) }, () => {
 *   ticks++; // and clear the timer's interrupt flag
 * });
 * ```
 */
export function onInterrupt(irq: InterruptLine, intent: InterruptIntent, handler: InterruptHandler): Task {
  const t = defineTask(irq.name, {
    class: 'realtime', period: intent.minInterval, budget: intent.budget, deadline: intent.deadline,
  }, noBody);
  if (t < 0) throw new Error(`interrupt ${irq.name}: its handler task was not admitted (error ${t})`);
  const released = semaphore(0, 1);
  if (handlers === null) {
    handlers = [];
    lines = [];
    releases = [];
  }
  handlers[t] = handler;
  lines![t] = irq.line;
  releases![t] = released;
  __hx_task_release_on(t, released);
  // Bound before the task starts: when the line cannot be bound, its task never runs (it keeps its slot).
  const bound = __hx_irq_bind(irq.line, released) | 0;
  if (bound === -1) throw new Error(`interrupt ${irq.name}: line ${irq.line} does not exist on this board's interrupt controller`);
  if (bound === -2) throw new Error(`interrupt ${irq.name}: line ${irq.line} already has a handler`);
  if (bound === -3) throw new Error(`interrupt ${irq.name}: this board has no interrupt controller driver ([interrupts] in its board file)`);
  __hx_task_start(t);
  return t;
}

/**
 * Release one job of an interrupt handler task as if its line had fired. For
 * devices that raise no interrupt for what arrived before their interrupt was
 * enabled: the handler then finds it, in its own task, in order.
 * @example
 * ```ts
 * const rx = onInterrupt(UART0_RX, { minInterval: ms(4), budget: ms(1) }, uart);
 * enableReceiveInterrupt();
 * runInterruptHandler(rx); // a byte already waiting is not left behind
 * ```
 */
export function runInterruptHandler(handlerTask: Task): void {
  if (handlers !== null && handlers[handlerTask] !== undefined) give(releases![handlerTask]);
}
