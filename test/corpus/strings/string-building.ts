// Building a status line from parts.
const fields: [string, number][] = [["cpu", 37.5], ["mem", 61], ["temp", 48.25]];
let line = "";
for (const [k, v] of fields) {
  if (line.length > 0) line += ", ";
  line += `${k}=${v}`;
}
console.log(line);
console.log("=".repeat(line.length));
const padded = fields.map(([k, v]) => k.padEnd(6, ".") + String(v).padStart(7, " "));
console.log(padded.join("\n"));
