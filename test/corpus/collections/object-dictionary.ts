// Plain objects as records and dictionaries.
interface Pin { port: string; pin: number; mode: string }
const pins: Record<string, Pin> = {
  led: { port: "A", pin: 5, mode: "output" },
  button: { port: "C", pin: 13, mode: "input" },
};
pins["buzzer"] = { port: "B", pin: 0, mode: "output" };
for (const name of Object.keys(pins)) {
  const p = pins[name];
  console.log(name, `P${p.port}${p.pin}`, p.mode);
}
const outputs = Object.keys(pins).filter((k) => pins[k].mode === "output");
console.log(outputs.join(" "), "led" in pins, "fan" in pins);
