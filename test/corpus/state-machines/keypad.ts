// Scanning a 3x4 keypad matrix into key presses.
const keys = ["123", "456", "789", "*0#"];
const pressed = [[false, false, false], [false, true, false], [false, false, false], [true, false, true]];
let out = "";
for (let row = 0; row < 4; row++) {
  for (let col = 0; col < 3; col++) {
    if (pressed[row][col]) out += keys[row].charAt(col);
  }
}
console.log("pressed:", out, "count:", out.length);
