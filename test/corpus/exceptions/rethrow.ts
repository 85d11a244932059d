// Catching, annotating and rethrowing.
function low(): void { throw new TypeError("register is read-only"); }
function mid(): void {
  try { low(); } catch (e) {
    console.log("mid saw", (e as Error).name);
    throw e;
  }
}
try { mid(); } catch (e) {
  console.log("top caught", (e as Error).message, e instanceof TypeError);
}
try { throw new Error("plain"); } catch (e) { console.log(String((e as Error).message).length); }
