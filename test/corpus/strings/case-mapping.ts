// Case mapping of labels and commands beyond ASCII.
const words = ["Grüße", "straße", "ΟΔΟΣ", "Σ", "ΑΣ ΒΣ", "İstanbul", "ﬁle", "Ǆemal", "𐐀𐐨", "Δt=5µs", "ǅ"];
for (const w of words) console.log(w, w.toUpperCase(), w.toLowerCase(), w.toUpperCase().length);
console.log("uart_READY".toLowerCase(), "cmd:reset".toUpperCase(), "".toUpperCase().length);
const cmd = "Öffne Ventil";
console.log(cmd.toUpperCase() === "ÖFFNE VENTIL", cmd.toLowerCase().startsWith("ö"));
