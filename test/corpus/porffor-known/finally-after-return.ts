// finally must run when the try block returns.
const log: string[] = [];
function f(): number {
  try { return 1; } finally { log.push("fin"); }
}
console.log(f(), log.join(","));
