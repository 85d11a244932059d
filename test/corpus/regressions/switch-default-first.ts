// Found by the fuzzer: a default clause that is not last falls through in source
// order (Porffor moved it to the end: "default" alone instead of "default case5 case4").
function clauses(x: number): string {
  let s = '';
  switch (x) {
    default:
      s += 'default ';
    case 5:
      s += 'case5 ';
    case 4:
      s += 'case4';
      break;
    case 3:
      s += 'case3 ';
    case -1:
      s += 'case-1';
      break;
  }
  return s;
}
function middle(x: number): string {
  let s = '';
  switch (x) {
    case 1:
      s += 'one ';
    default:
      s += 'default ';
    case 2:
      s += 'two';
  }
  return s;
}
for (const x of [1, 2, 3, 4, 5, -1, 0, NaN]) console.log(x, clauses(x), '|', middle(x));
let n = 0;
for (let i = 0; i < 4; i++) {
  switch (i % 3) {
    default:
      n += 100;
      continue;
    case 0:
      n += 1;
  }
  n += 10;
}
console.log('n', n);
