// Shared by the Thread-Metric-style tests: each runs its loop for DURATION of
// virtual time and prints "<test> <count> ms <elapsed>" (bench/run.js turns it
// into guest instructions per operation).
import { now, exit } from 'helix-sdk';

export const DURATION = 200000; // µs

let started = -1;

/** Call when the measured loop starts; returns the start time. */
export function begin(): number {
  if (started < 0) started = now();
  return started;
}

/** Has the test run for DURATION? */
export function over(): boolean {
  return now() - started >= DURATION;
}

export function report(name: string, count: number): void {
  console.log(name, count, 'ms', (now() - started) / 1000);
}

/** Measure the next phase from now. */
export function restart(): void {
  started = now();
}

export function finish(name: string, count: number): void {
  report(name, count);
  exit(0);
}
