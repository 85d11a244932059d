// An INI file with sections, turned into nested maps.
const text = "[uart]\nbaud=9600\nparity=none\n\n[spi]\nmode=3\nclock=1000000\n";
const sections = new Map<string, Map<string, string>>();
let current = "";
for (const raw of text.split("\n")) {
  const line = raw.trim();
  if (line.length === 0) continue;
  if (line.startsWith("[") && line.endsWith("]")) {
    current = line.substring(1, line.length - 1);
    sections.set(current, new Map<string, string>());
    continue;
  }
  const eq = line.indexOf("=");
  sections.get(current)?.set(line.substring(0, eq), line.substring(eq + 1));
}
for (const [name, values] of sections) {
  let entries = "";
  for (const [k, v] of values) entries += ` ${k}=${v}`;
  console.log(`[${name}]${entries}`);
}
console.log(sections.get("spi")?.get("clock"), sections.has("i2c"));
