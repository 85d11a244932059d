// Formatting numbers for a display.
const value = 3.14159;
console.log(value.toFixed(2), value.toFixed(0), (2.5).toFixed(0), (0.125).toFixed(2), (1234.5678).toFixed(1));
console.log((255).toString(16), (255).toString(2), (-255).toString(16), (0).toString(16));
console.log("7".padStart(3, "0"), "ab".padEnd(5, "."), "x".repeat(4));
console.log(`${12}:${"5".padStart(2, "0")}:${(7).toString().padStart(2, "0")}`);
