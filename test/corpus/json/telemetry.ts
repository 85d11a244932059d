// Firmware-style JSON: telemetry frames built in a loop and serialized, a configuration document parsed and
// applied, commands parsed from text with errors reported, and a report larger than 4 KiB with non-Latin-1 text.

interface Sample { t: number; ch: string; value: number; flags: string[] }

class Sensor {
  private seq = 0;
  constructor(readonly id: string, readonly unit: string, private base: number) {}
  sample(t: number): Sample {
    this.seq++;
    const wobble = Math.sin(t * 0.7 + this.base) * 2.5;
    const flags: string[] = [];
    if (wobble > 2) flags.push("high");
    if (this.seq % 4 === 0) flags.push("cal");
    return { t, ch: this.id, value: Math.round((this.base + wobble) * 1000) / 1000, flags };
  }
}

const sensors = [new Sensor("temp", "°C", 21.5), new Sensor("hum", "%", 40), new Sensor("µV", "µV", -3.25)];
const frames: string[] = [];
for (let t = 0; t < 8; t++) {
  const samples: Sample[] = [];
  for (const s of sensors) samples.push(s.sample(t));
  const frame = { seq: t, uptime: t * 250, samples, status: t % 3 === 0 ? "ok" : undefined };
  frames.push(JSON.stringify(frame));
}
for (const f of frames) console.log(f);
console.log(JSON.stringify({ units: sensors.map((s) => s.unit), ids: sensors.map((s) => s.id) }, null, 2));

// configuration
const configText = `{
  "device": "helix-node-12",
  "location": "Zürich – Lab 3",
  "rates": { "temp": 1000, "hum": 5000, "µV": 250 },
  "thresholds": [ { "ch": "temp", "max": 28.5 }, { "ch": "hum", "min": 20, "max": 80 } ],
  "enabled": true,
  "calibration": [1.0002, -0.003, 1e-6]
}`;
const config = JSON.parse(configText);
console.log(config.device, config.location, config.rates.temp, config.rates["µV"], config.thresholds.length);
let total = 0;
for (const k of Object.keys(config.rates)) total += config.rates[k];
console.log("total period", total, "cal", config.calibration[2] * 1e6);
console.log(JSON.stringify(config, ["device", "rates", "temp", "hum"], "\t"));

// commands
const commands = ['{"cmd":"set","ch":"temp","rate":500}', '{"cmd":"get","ch":"hum"}', '{"cmd":"set","ch":"temp","rate":}',
  '{"cmd":"reboot","delay":1.5e3}', "garbage", '{"cmd":"name","value":"\\u30bb\\u30f3\\u30b5"}'];
for (const line of commands) {
  try {
    const c = JSON.parse(line);
    if (c.cmd === "set") console.log("set", c.ch, "to", c.rate);
    else if (c.cmd === "get") console.log("get", c.ch, "=", config.rates[c.ch]);
    else if (c.cmd === "name") console.log("name", c.value, c.value.length);
    else console.log("unknown command", JSON.stringify(c));
  } catch (e) {
    console.log("bad command:", (e as Error).message);
  }
}

// a report larger than Porffor's 4 KiB buffer, with characters above U+00FF throughout
const log: any[] = [];
for (let i = 0; i < 120; i++) {
  log.push({ i, msg: i % 7 === 0 ? "警告: überhitzt" : "ok", v: i * 1.25, ok: i % 5 !== 0 });
}
const report = JSON.stringify({ count: log.length, log }, null, 1);
console.log(report.length, report.slice(0, 120));
console.log(report.slice(report.length - 80));
const back = JSON.parse(report);
console.log(back.count, back.log[119].v, back.log[7].msg, JSON.stringify(back) === JSON.stringify({ count: log.length, log }));
