// Found by the fuzzer (seed gcls #0, only in a batch of 30 or more programs): the store of objects that
// functions, arrays and strings get when used as objects was one 2 KiB block; past about 170 of them it
// overwrote the next block, and a class's methods and getters then read as undefined.
class Probe { v = 3; get twice(): number { return this.v * 2; } call2(k: number): number { return k + this.v; } }
function named(): number { return 1; }
let missing = 0;
const arrays: any[] = [];
for (let i = 0; i < 400; i++) {
  const a: any = [i, i + 1];
  if (a.extra === undefined) missing++;
  arrays.push(a);
}
const p = new Probe();
console.log(missing, p.twice, p.call2(4), Probe.name, named.name, (named as any).length, arrays[399][1]);
class Later extends Probe { w = 1; get both(): number { return this.twice + this.w; } }
const l = new Later();
console.log(l.both, l.call2(1), Later.name, l instanceof Probe);
