// Found by the fuzzer: TypeErrors of reading from undefined and of calling a
// non-function said other things than V8; includes() gave -1 for false;
// Number.isInteger(undefined) and its kin were true.
const xs: number[] = [1.5];
const k: number = xs[3];
try { console.log(k.toPrecision(7)); } catch (e) { console.log((e as Error).message); }
interface Cfg { onEvent?: (n: number) => void; nested?: { go?: () => void } }
const cfg: Cfg = {};
try { (cfg.onEvent as (n: number) => void)(1); } catch (e) { console.log((e as Error).message); }
try { (cfg.nested as { go: () => void }).go(); } catch (e) { console.log((e as Error).message); }
const arr: Array<{ v: number }> = [];
try { arr[0].v = 3; } catch (e) { console.log((e as Error).message); }
try { console.log(arr[2].v); } catch (e) { console.log((e as Error).message); }
console.log("".includes("ﬀ"), "ab".includes("ﬀ"), `v ${"".includes("ﬀ")}`);
const ys: number[] = [1.5, 0.5];
const u: number = ys[3];
console.log(Number.isSafeInteger(u), Number.isInteger(u), Number.isFinite(u), Number.isNaN(u));
console.log(Number.isInteger(5), Number.isSafeInteger(2 ** 53), Number.isFinite(Infinity), Number.isNaN(NaN), isNaN(u), isFinite(u));
