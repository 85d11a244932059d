// import.meta: Porffor has no code for it; refused at build time with its line.
const x = 1;
function f(): string {
  return typeof import.meta;
}
console.log(x, f());
