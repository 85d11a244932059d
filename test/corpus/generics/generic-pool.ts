// A generic object pool with reuse counting.
class Pool<T> {
  private free: T[] = [];
  created = 0;
  constructor(private readonly make: () => T) {}
  acquire(): T {
    const x = this.free.pop();
    if (x !== undefined) return x;
    this.created++;
    return this.make();
  }
  release(x: T): void { this.free.push(x); }
}
let serial = 0;
function makeBuffer(): number[] { serial++; return [serial]; }
const pool = new Pool<number[]>(makeBuffer);
const a = pool.acquire(); const b = pool.acquire();
pool.release(a);
const c = pool.acquire();
console.log(a[0], b[0], c[0], pool.created);
