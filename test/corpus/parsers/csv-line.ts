// Parsing CSV telemetry lines into typed records.
interface Reading { id: string; temp: number; humidity: number; ok: boolean }
function parseLine(line: string): Reading | null {
  const f = line.split(",");
  if (f.length !== 4) return null;
  return { id: f[0], temp: parseFloat(f[1]), humidity: parseInt(f[2], 10), ok: f[3] === "1" };
}
const lines = ["node1,21.5,40,1", "node2,-3.25,88,0", "bad,line", "node3,19,55,1"];
for (const l of lines) {
  const r = parseLine(l);
  console.log(r === null ? "invalid" : `${r.id} ${r.temp} ${r.humidity} ${r.ok}`);
}
