// Counting events per source with a Map.
const events = ["uart", "gpio", "uart", "timer", "uart", "gpio"];
const counts = new Map<string, number>();
for (const e of events) counts.set(e, (counts.get(e) ?? 0) + 1);
const report: string[] = [];
for (const [k, v] of counts) report.push(`${k}:${v}`);
console.log(report.join(" "), counts.size);
counts.clear();
console.log(counts.size, counts.get("uart"));
