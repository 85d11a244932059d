// Tried by hand as a user would: a method or accessor using `this` in an object literal makes every builtin
// callable indirectly; the table of those functions ran over the pages after it and string literals there
// printed as garbage (or the program trapped).
function handleTemperatureReadingFromSensor(a: number, b: number): number { return a + b; }
const arrow = (x: number): number => x;
const fns: Array<(a: number, b: number) => number> = [handleTemperatureReadingFromSensor, arrow];
for (const f of fns) console.log(f.name, f.length, f(1, 2));
const dev = { count: 0, inc(): number { return ++this.count; }, get twice(): number { return this.count * 2; } };
dev.inc(); dev.inc();
console.log('count', dev.count, dev.twice, dev.inc.name, 'ok');
try { throw new RangeError('plain'); } catch (e) { console.log('caught', (e as Error).name, (e as Error).message); }
