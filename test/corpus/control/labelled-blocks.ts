// break out of labelled blocks (not loops), nested, inside loops and around them.
let n = 0;
outer: {
  n++;
  if (n > 0) break outer;
  n = 100;
}
console.log(n);
function find(grid: number[][], v: number): string {
  let where = 'none';
  search: {
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r].length; c++) {
        if (grid[r][c] === v) { where = `${r},${c}`; break search; }
      }
    }
    where = 'absent';
  }
  return where;
}
console.log(find([[1, 2], [3, 4]], 3), find([[1]], 9));
let count = 0;
for (let i = 0; i < 5; i++) {
  step: {
    if (i % 2 === 0) break step;
    count += 10;
  }
  count++;
}
console.log(count);
a: { b: { if (count > 0) break a; console.log('inner'); } console.log('between'); }
console.log('after');
