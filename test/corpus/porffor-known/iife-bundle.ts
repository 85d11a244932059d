// Top-level state used by functions: the bundle stays flat (no IIFE wrapper).
let counter = 0;
function next(): number { return ++counter; }
next(); next();
console.log(counter, next());
