// Sieve of Eratosthenes over a byte array: loops, comparisons and typed-array access.
const N = 20000;
const t0 = performance.now();
const composite = new Uint8Array(N + 1);
let count = 0;
for (let i = 2; i <= N; i++) {
  if (composite[i] === 0) {
    count++;
    for (let j = i * i; j <= N; j += i) composite[j] = 1;
  }
}
const t1 = performance.now();
console.log("primes", count, "ms", t1 - t0);
