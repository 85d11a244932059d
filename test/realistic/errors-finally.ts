// Resource handling in a data-logger's storage path: bus locks, chip-selects and DMA channels
// are acquired and released with try/finally (often without catch) at several nesting depths,
// with early return/break/continue inside the protected blocks, a hierarchy of driver errors
// carrying numeric codes, and rethrow after partial cleanup.

const enum Code {
  Ok = 0,
  Busy = -16,
  Timeout = -110,
  Io = -5,
  NoSpace = -28,
  Inval = -22,
}

class DriverError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = "DriverError";
  }
  get tag(): string {
    return `${this.name}[${this.code}]`;
  }
}

class BusError extends DriverError {
  constructor(readonly bus: string, code: number) {
    super(`bus ${bus} failed`, code);
    this.name = "BusError";
  }
}

class TimeoutError extends BusError {
  constructor(bus: string, readonly waitedMs: number) {
    super(bus, Code.Timeout);
    this.name = "TimeoutError";
    this.message = `bus ${bus} timed out after ${waitedMs} ms`;
  }
}

class MediaFullError extends DriverError {
  constructor(readonly needed: number, readonly free: number) {
    super(`need ${needed} blocks, ${free} free`, Code.NoSpace);
    this.name = "MediaFullError";
  }
}

// a ledger of held resources, to prove every acquire has its release
const held = new Set<string>();
const journal: string[] = [];

function acquire(name: string): void {
  if (held.has(name)) throw new DriverError(`${name} already held`, Code.Busy);
  held.add(name);
  journal.push(`+${name}`);
}
function release(name: string): void {
  if (!held.delete(name)) throw new DriverError(`${name} not held`, Code.Inval);
  journal.push(`-${name}`);
}
function flushJournal(label: string): void {
  console.log(`${label}: ${journal.join(" ")} | held=${held.size}`);
  journal.length = 0;
}

let faultPlan = 0; // bitmask of operations that should fail, consumed in order
let opNo = 0;
function maybeFail(bus: string): void {
  const bit = 1 << opNo++;
  if (faultPlan & bit) {
    if (opNo % 2 === 0) throw new TimeoutError(bus, opNo * 10);
    throw new BusError(bus, Code.Io);
  }
}

function spiTransfer(cs: string, n: number): number {
  acquire("spi");
  try {
    acquire(cs);
    try {
      maybeFail("spi");
      return n * 2;
    } finally {
      release(cs);
    }
  } finally {
    release("spi");
  }
}

function writeBlocks(blocks: number[], free: number): number {
  let written = 0;
  acquire("dma0");
  try {
    if (blocks.length > free) throw new MediaFullError(blocks.length, free);
    for (const b of blocks) {
      acquire("blk");
      try {
        if (b < 0) continue; // skipped marker, still releases
        if (b === 0) break; // terminator, still releases
        written += spiTransfer("cs_flash", b);
      } finally {
        release("blk");
      }
    }
    return written;
  } finally {
    release("dma0");
  }
}

function retrying(what: string, attempts: number, blocks: number[]): number {
  let lastCode: number = Code.Ok;
  for (let i = 1; i <= attempts; i++) {
    try {
      return writeBlocks(blocks, 8);
    } catch (e) {
      if (e instanceof TimeoutError) {
        lastCode = e.code;
        console.log(`  ${what} attempt ${i}: ${e.message} (waited ${e.waitedMs})`);
        continue;
      }
      if (e instanceof BusError) {
        lastCode = e.code;
        console.log(`  ${what} attempt ${i}: ${e.tag} on ${e.bus}`);
        continue;
      }
      throw e; // not ours: rethrow
    } finally {
      journal.push(`try${i}`);
    }
  }
  return lastCode;
}

function nested(depth: number, failAt: number): string {
  acquire(`L${depth}`);
  try {
    if (depth === failAt) throw new DriverError(`fail at depth ${depth}`, -depth);
    if (depth === 0) return "bottom";
    return `${depth}>` + nested(depth - 1, failAt);
  } finally {
    release(`L${depth}`);
  }
}

function firstFree(map: number[][]): string {
  let found = "none";
  acquire("scan");
  try {
    rows: for (let r = 0; r < map.length; r++) {
      try {
        for (let c = 0; c < map[r].length; c++) {
          if (map[r][c] < 0) continue rows; // bad row: skip the rest
          if (map[r][c] === 0) {
            found = `r${r}c${c}`;
            break rows;
          }
        }
      } finally {
        journal.push(`row${r}`);
      }
    }
  } finally {
    release("scan");
  }
  return found;
}

function finallyOverrides(): number {
  let x = 1;
  try {
    x = 2;
    return x;
  } finally {
    x = 3;
    journal.push(`x=${x}`);
  }
}

function main(): void {
  console.log("spi", spiTransfer("cs0", 21));
  flushJournal("spi ok");

  console.log("write", writeBlocks([3, 4, -1, 5, 0, 9], 8));
  flushJournal("write");

  faultPlan = 0b0110;
  opNo = 0;
  console.log("retry result", retrying("log", 4, [1, 2]));
  flushJournal("retry");

  faultPlan = 0b1111111;
  opNo = 0;
  console.log("retry exhausted", retrying("cfg", 2, [7]));
  flushJournal("exhausted");

  try {
    retrying("big", 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  } catch (e) {
    if (e instanceof MediaFullError) console.log("media full", e.needed, e.free, e.code, e instanceof DriverError, e instanceof BusError);
    else throw e;
  }
  flushJournal("full");

  console.log("nested", nested(4, -1));
  flushJournal("nested ok");
  for (const at of [0, 2, 4]) {
    try {
      nested(4, at);
    } catch (e) {
      const err = e as DriverError;
      console.log("nested error", err.name, err.message, err.code, String(err));
    }
  }
  flushJournal("nested fail");

  console.log("scan", firstFree([[1, 1, 1], [1, -1, 0], [2, 0, 1]]));
  console.log("scan", firstFree([[-1], [1, 1], [5]]));
  flushJournal("scan");

  console.log("finally keeps return value", finallyOverrides());
  flushJournal("override");

  // double release is a driver bug: surface it with its code
  try {
    acquire("uart");
    release("uart");
    release("uart");
  } catch (e) {
    if (e instanceof DriverError) console.log(e.tag, e.message, e.code === Code.Inval);
  } finally {
    flushJournal("uart");
  }

  // error codes summarised by class name
  const errs: Error[] = [new TimeoutError("i2c", 5), new BusError("spi", Code.Io), new MediaFullError(3, 1), new Error("plain"), new RangeError("r")];
  for (const e of errs) {
    const code = e instanceof DriverError ? e.code : 0;
    console.log(`${e.name}: ${e.message} code=${code} driver=${e instanceof DriverError}`);
  }
  console.log("held at exit", held.size, [...held].join(","));
  throw new TimeoutError("final", 99);
}

main();
