// A shell-like command parser for a debug console.
interface Command { name: string; args: string[] }
function parse(line: string): Command | null {
  const parts = line.trim().split(" ").filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  return { name: parts[0].toLowerCase(), args: parts.slice(1) };
}
const lines = ["led on 3", "  READ   0x40004000 ", "", "reset", "set baud 115200"];
for (const l of lines) {
  const c = parse(l);
  if (c === null) { console.log("(empty)"); continue; }
  console.log(c.name, c.args.length, c.args.join("|"));
}
