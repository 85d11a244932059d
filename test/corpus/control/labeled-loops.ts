// Searching a 2D grid with labelled break.
const grid = [[0, 0, 0], [0, 7, 0], [0, 0, 9]];
let found = "none";
search: for (let y = 0; y < grid.length; y++) {
  for (let x = 0; x < grid[y].length; x++) {
    if (grid[y][x] > 5) { found = `${x},${y}`; break search; }
  }
}
console.log(found);
let count = 0;
rows: for (const row of grid) {
  for (const v of row) { if (v !== 0) continue rows; count++; }
}
console.log(count);
