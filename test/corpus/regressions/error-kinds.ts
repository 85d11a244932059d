// Found by the fuzzer: errors of the built-in kinds (ReferenceError, RangeError,
// ...) and errors the runtime throws were not `instanceof Error`.
function check(f: () => unknown): void {
  try { console.log("ok", String(f())); }
  catch (e) {
    console.log(e instanceof Error ? `${e.name}: ${e.message}` : "not an Error: " + typeof e,
      e instanceof RangeError, e instanceof TypeError);
  }
}
check(() => { throw new ReferenceError("bad 0"); });
check(() => { throw new RangeError("r"); });
check(() => { throw new TypeError("t"); });
check(() => { throw new SyntaxError("s"); });
check(() => { throw new EvalError("e"); });
check(() => { throw new URIError("u"); });
check(() => (0).toPrecision(0));
check(() => (1).toFixed(200));
check(() => new Int32Array(new ArrayBuffer(8), 12).length);
check(() => "ab".repeat(2 ** 28).length);
check(() => new Array(-1).length);
