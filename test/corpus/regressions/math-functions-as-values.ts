// Tried by hand as a user would: Math.max, Math.min and Math.hypot passed or kept as values gave 0 (max and min
// exist only as inline code at a call) or dropped arguments past the second (hypot).
const fns: Array<(...a: number[]) => number> = [Math.max, Math.min, Math.hypot];
for (const f of fns) console.log(f.name, f(1, 2), f(3, -1, 7), f(), f(NaN, 1));
const g = Math.max;
console.log(g(4, 9), [3, 8, 1].reduce((a, b) => Math.max(a, b), 0), [5, -2].map(Math.abs).join());
const readings = [21.5, 19.25, 23.75, 20];
console.log(readings.reduce((a, b) => Math.max(a, b)));
const pick = (useMax: boolean): ((...v: number[]) => number) => (useMax ? Math.max : Math.min);
console.log(pick(true)(...readings), pick(false)(...readings), Object.is(pick(true)(-0, 0), 0), Object.is(pick(false)(0, -0), -0));
