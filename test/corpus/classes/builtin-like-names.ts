// The program's own names that look like Porffor's builtins: classes named
// Math_, SyntaxError_ and Test262Error, a function named assert, a local named
// compareArray, and a class of the program called Map that shadows the global.

class Math_ { v = 2; static twice(x: number): number { return x * 2; } }
class Base { constructor(readonly m: string) {} }
class SyntaxError_ extends Base { constructor(line: number, m: string) { super(`${line}: ${m}`); } }
class Test262Error extends Error {
  constructor(m: string) { super(m); this.name = 'Test262Error'; }
}

let failures = 0;
function assert(cond: boolean, what: string): void {
  if (!cond) { failures++; console.log('FAILED', what); }
}

function compareArray(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

console.log(typeof Math_.prototype, new Math_().v, Math_.twice(21), Math.max(1, 2));
console.log(new SyntaxError_(3, 'unexpected').m);
const t = new Test262Error('x');
console.log(t.name, t.message, String(t), t instanceof Error, t instanceof Test262Error);
assert(compareArray([1, 2], [1, 2]), 'same arrays');
assert(!compareArray([1], [2]), 'different arrays');
assert(1 + 1 === 3, 'arithmetic');
console.log('failures', failures);
try { throw new Test262Error('thrown'); } catch (e) { console.log((e as Error).name, (e as Error).message); }

namespace Local {
  export class Map { private readonly keys: string[] = []; set(k: string): Map { this.keys.push(k); return this; } get size(): number { return this.keys.length; } }
}
const mine = new Local.Map().set('a').set('b');
const real = new Map<string, number>([['z', 1]]);
console.log(mine.size, real.size, real.get('z'));
