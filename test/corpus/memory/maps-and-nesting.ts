// A Map, a matrix and arrays held in object properties, all growing past their
// first allocation while the others grow.
const counts = new Map<string, number>();
const rows: number[][] = [];
const bins = { low: [] as number[], high: [] as number[] };
for (let i = 0; i < 600; i++) {
  const key = `k${i % 250}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (i % 20 === 0) rows.push([]);
  rows[rows.length - 1].push(i);
  (i % 2 === 0 ? bins.low : bins.high).push(i);
}
console.log(counts.size, counts.get("k0"), counts.get("k249"), counts.get("k100"));
console.log(rows.length, rows[0].length, rows[29][19], rows[15][0]);
console.log(bins.low.length, bins.high.length, bins.low[299], bins.high[0]);
const keys: string[] = [];
counts.forEach((_v, k) => keys.push(k));
console.log(keys.length, keys[0], keys[249]);
