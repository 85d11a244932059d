// Resource cleanup with nested try/finally and early exits.
const trace: string[] = [];
function withResource(name: string, fail: boolean): string {
  trace.push(`open ${name}`);
  try {
    if (fail) throw new Error(`${name} failed`);
    for (let i = 0; i < 3; i++) {
      try {
        if (i === 1) continue;
        if (i === 2) return `${name} done`;
        trace.push(`${name} step ${i}`);
      } finally {
        trace.push(`${name} after ${i}`);
      }
    }
    return "unreachable";
  } finally {
    trace.push(`close ${name}`);
  }
}
console.log(withResource("a", false));
try { withResource("b", true); } catch (e) { console.log((e as Error).message); }
console.log(trace.join("; "));
