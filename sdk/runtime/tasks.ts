/**
 * The kernel starts every task through this export (sdk/kernel/task.c calls
 * hx_app_run_task): it calls the body the program registered with task().
 */
import { __hx_task_body } from '../api/tasks.ts';
import { __hx_interrupt_job } from '../api/interrupts.ts';

export function __hx_run_task(id: number): void {
  if (__hx_interrupt_job(id)) return; // an interrupt handler's job
  const body = __hx_task_body(id);
  body();
}
