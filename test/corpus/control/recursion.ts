// Recursive algorithms: factorial, Fibonacci with memo, Ackermann, Towers of Hanoi.
function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }
const memo: number[] = [0, 1];
function fib(n: number): number {
  if (memo[n] !== undefined) return memo[n];
  const v = fib(n - 1) + fib(n - 2);
  memo[n] = v;
  return v;
}
function ack(m: number, n: number): number { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
let moves = 0;
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to); moves++; hanoi(n - 1, via, to, from);
}
hanoi(8, "A", "C", "B");
console.log(fact(10), fact(20), fib(50), ack(2, 3), moves);
