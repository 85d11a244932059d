// Tried by hand as a user would: an object literal with a getter using `this` failed to build (Porffor
// produced invalid WebAssembly in crypto.getRandomValues, compiled into such programs).
const acc = { _v: 1, get v(): number { return this._v * 10; }, set v(x: number) { this._v = x; } };
acc.v = 4;
console.log(acc.v, 'v' in acc, 'w' in acc);
