// Recursive Fibonacci: calls and double arithmetic. Prints the result and the
// elapsed time in milliseconds of (deterministic, -icount) virtual time.
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const t0 = performance.now();
const result = fib(22);
const t1 = performance.now();
console.log("fib", result, "ms", t1 - t0);
