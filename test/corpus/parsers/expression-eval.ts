// A recursive-descent evaluator for + - * / and parentheses.
let src = "";
let pos = 0;
function peek(): string { return src.charAt(pos); }
function number(): number {
  let j = pos;
  while (j < src.length && ((src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) || src.charAt(j) === ".")) j++;
  const v = parseFloat(src.substring(pos, j));
  pos = j;
  return v;
}
function factor(): number {
  if (peek() === "(") { pos++; const v = expr(); pos++; return v; }
  if (peek() === "-") { pos++; return -factor(); }
  return number();
}
function term(): number {
  let v = factor();
  while (peek() === "*" || peek() === "/") {
    const op = peek(); pos++;
    v = op === "*" ? v * factor() : v / factor();
  }
  return v;
}
function expr(): number {
  let v = term();
  while (peek() === "+" || peek() === "-") {
    const op = peek(); pos++;
    v = op === "+" ? v + term() : v - term();
  }
  return v;
}
for (const e of ["1+2*3", "(1+2)*3", "10/4-1", "-(2.5*4)+0.5", "2*(3+(4-1))/3"]) {
  src = e; pos = 0;
  console.log(e, "=", expr());
}
