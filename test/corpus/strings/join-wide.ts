// Joining labels that contain characters outside Latin-1 (arrows, check marks, CJK).
const steps = ["idle", "arming", "armed"];
console.log(steps.join(" → "));
const checks = [true, false, true].map((ok) => (ok ? "✓" : "✗"));
console.log(checks.join(""), checks.length, ["温度", "23°C"].join(": "));
const parts = "a→b".split("");
console.log(parts.length, parts[1], parts[1].charCodeAt(0), [1, "°", "✓"].join());
