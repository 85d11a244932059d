// try/finally without catch at several depths, with return, break and continue
// inside, and an exception passing through every finally on its way out.

const trace: string[] = [];

function depth3(x: number): number {
  try {
    try {
      try {
        if (x === 0) throw new RangeError(`zero at ${x}`);
        if (x === 1) return 10;
        trace.push('inner body');
      } finally {
        trace.push('finally 3');
      }
      if (x === 2) return 20;
    } finally {
      trace.push('finally 2');
    }
    return 30;
  } finally {
    trace.push('finally 1');
  }
}

for (const x of [0, 1, 2, 3]) {
  try {
    console.log('depth3', x, depth3(x));
  } catch (e) {
    console.log('caught', (e as Error).name, (e as Error).message);
  }
}
console.log(trace.join(' | '));
trace.length = 0;

// break and continue through finally blocks, labelled and not
outer: for (let i = 0; i < 4; i++) {
  try {
    for (let j = 0; j < 4; j++) {
      try {
        if (j === 1) continue;
        if (j === 3) break;
        if (i === 2 && j === 2) continue outer;
        if (i === 3) break outer;
        trace.push(`${i}${j}`);
      } finally {
        trace.push(`f${i}${j}`);
      }
    }
  } finally {
    trace.push(`F${i}`);
  }
}
console.log(trace.join(' '));
trace.length = 0;

// a return value computed before finally runs; finally sees the state
let state = 0;
function compute(): number {
  try {
    state = 1;
    return state * 100;
  } finally {
    state = 2;
  }
}
console.log(compute(), state);

// finally that itself returns overrides the thrown error
function swallow(): string {
  try {
    throw new Error('lost');
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return 'finally wins';
  }
}
console.log(swallow());

// the thrown value passes unchanged through nested finally blocks to the top level catch
class DeviceError extends Error {
  constructor(readonly code: number) { super(`device error ${code}`); this.name = 'DeviceError'; }
}
function io(step: number): void {
  try {
    try {
      if (step > 1) throw new DeviceError(step);
    } finally {
      trace.push(`io inner ${step}`);
    }
  } finally {
    trace.push(`io outer ${step}`);
  }
}
for (let s = 0; s < 4; s++) {
  try {
    io(s);
    trace.push(`ok ${s}`);
  } catch (e) {
    if (e instanceof DeviceError) trace.push(`caught ${e.code} ${e.name}`);
  }
}
console.log(trace.join('; '));

// top level: nested try/finally with the exception caught outside
try {
  try { throw new RangeError("inner"); } finally { console.log("finally ran"); }
} catch (e) { console.log(`caught ${(e as Error).name}`); }

try {
  try {
    try { throw new TypeError("deep"); } finally { console.log("f1"); }
  } finally { console.log("f2"); }
} catch (e) { console.log(`caught ${(e as Error).name}: ${(e as Error).message}`); }

// while loop with finally and continue
let n = 0;
let visits = 0;
while (n < 5) {
  try {
    n++;
    if (n % 2 === 0) continue;
    visits += 10;
  } finally {
    visits++;
  }
}
console.log(n, visits);
