// Normalising user input.
const inputs = ["  LED On ", "reset\t", "\nSTATUS", "Baud=9600"];
for (const s of inputs) {
  const t = s.trim().toLowerCase();
  console.log(JSON.stringify(t), t.length, t.startsWith("led"), t.includes("="));
}
console.log("  x  ".trimStart() + "|", "|" + "  x  ".trimEnd());
