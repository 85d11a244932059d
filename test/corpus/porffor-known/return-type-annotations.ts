// Return-type annotations (Porffor's own TypeScript parsing broke on them).
function tick(): number { return 3; }
function label(n: number): string { return `#${n}`; }
console.log(tick(), label(tick()));
