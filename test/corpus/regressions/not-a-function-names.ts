// Found by the fuzzer (seed L2, #710 and four more): calling a builtin constant as a function named it by
// its internal name ("__Math_PI is not a function"), where Node says "Math.PI is not a function".
try { (Math as any).PI(); } catch (e) { console.log((e as Error).message); }
try { (Math as any).nope(); } catch (e) { console.log((e as Error).message); }
function __my_fn(): number { return 1; }
const q: any = 5;
try { q(); } catch (e) { console.log((e as Error).message); }
console.log(__my_fn());
