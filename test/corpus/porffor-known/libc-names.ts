// JS names that clash with C library symbols.
function puts(s: string): number { return s.length; }
function abs(n: number): number { return n < 0 ? -n : n; }
function exit(code: number): string { return `exit ${code}`; }
const log = 3;
console.log(puts("hey"), abs(-4), exit(2), log);
