// A small matrix as nested arrays: multiply and transpose.
function mul(a: number[][], b: number[][]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < b[0].length; j++) {
      let s = 0;
      for (let k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      row.push(s);
    }
    out.push(row);
  }
  return out;
}
const m = mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]);
console.log(m.map((r) => r.join(" ")).join(" ; "));
const t = [[1, 2, 3], [4, 5, 6]];
console.log(t[0].map((_, c) => t.map((r) => r[c]).join(",")).join(" | "));
