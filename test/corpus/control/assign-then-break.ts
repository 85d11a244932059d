// A variable whose type changes inside a loop keeps its value after break.
function f(): void {
  let x: any = undefined;
  L: { x = 3; break L; }
  console.log("c", x);
  let y: any = undefined;
  for (;;) { y = 4; break; }
  console.log("d", y);
  let z: any = undefined;
  M: for (;;) { z = 5; break M; }
  console.log("e", z);
  let q: any = undefined;
  while (true) { q = 6; break; }
  console.log("f", q);
  let n: number = 0;
  do { n = 7; break; } while (false);
  console.log("g", n);
}
f();
