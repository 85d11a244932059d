// Built-in errors thrown by the runtime itself.
function attempt(label: string, fn: () => void): void {
  try { fn(); console.log(label, "ok"); } catch (e) { console.log(label, (e as Error).name, (e as Error).message.length > 0); }
}
attempt("range", () => { (1.5).toFixed(200); });
attempt("custom", () => { throw new TypeError("bad type"); });
attempt("none", () => {});
