// Formatting a hex dump of a memory region.
const mem = new Uint8Array(40);
for (let i = 0; i < mem.length; i++) mem[i] = (i * 37 + 11) & 0xff;
for (let row = 0; row < mem.length; row += 16) {
  let hex = "";
  let text = "";
  for (let i = row; i < row + 16 && i < mem.length; i++) {
    hex += mem[i].toString(16).padStart(2, "0") + " ";
    text += mem[i] >= 32 && mem[i] < 127 ? String.fromCharCode(mem[i]) : ".";
  }
  console.log(row.toString(16).padStart(8, "0") + "  " + hex.padEnd(48, " ") + " |" + text + "|");
}
