// AT command interpreter of a cellular modem's firmware: the host sends lines such as
// "AT+CFUN=1" or "ATE0;+CSQ", the parser splits them into commands (basic, extended read/test/
// set/execute forms), a handler table answers them, and a state machine tracks echo, PIN,
// registration and an open data socket.

type Form = "exec" | "read" | "test" | "set";

interface Command {
  readonly name: string;
  readonly form: Form;
  readonly args: string[];
}

enum ModemState {
  Off = "OFF",
  NeedPin = "SIM PIN",
  Ready = "READY",
  Registered = "REGISTERED",
  Connected = "CONNECTED",
}

class AtError extends Error {
  constructor(readonly cme: number, text: string) {
    super(text);
    this.name = "AtError";
  }
}

interface Handler {
  readonly minState?: ModemState;
  run(m: Modem, cmd: Command): string[];
}

const ORDER = [ModemState.Off, ModemState.NeedPin, ModemState.Ready, ModemState.Registered, ModemState.Connected];

function splitArgs(text: string): string[] {
  const args: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      args.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (quoted) throw new AtError(4, "unterminated string");
  args.push(cur.trim());
  return args;
}

function parseLine(line: string): Command[] {
  const t = line.trim();
  if (t.toUpperCase().indexOf("AT") !== 0) throw new AtError(100, "no AT prefix");
  const body = t.slice(2);
  if (body === "") return [{ name: "", form: "exec", args: [] }];
  const out: Command[] = [];
  for (const partRaw of body.split(";")) {
    let part = partRaw.trim();
    if (part === "") continue;
    // basic commands like E0, V1, Z may be chained before an extended one
    while (part.length > 0 && part[0] !== "+") {
      const letter = part[0].toUpperCase();
      let i = 1;
      while (i < part.length && part[i] >= "0" && part[i] <= "9") i++;
      out.push({ name: letter, form: "set", args: [part.slice(1, i) || "0"] });
      part = part.slice(i);
    }
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (part.endsWith("=?")) out.push({ name: part.slice(0, -2).toUpperCase(), form: "test", args: [] });
    else if (part.endsWith("?")) out.push({ name: part.slice(0, -1).toUpperCase(), form: "read", args: [] });
    else if (eq > 0) out.push({ name: part.slice(0, eq).toUpperCase(), form: "set", args: splitArgs(part.slice(eq + 1)) });
    else out.push({ name: part.toUpperCase(), form: "exec", args: [] });
  }
  return out;
}

class Modem {
  state = ModemState.Off;
  echo = true;
  pinTries = 3;
  rssi = 17;
  private socketBytes = 0;
  private readonly log: string[] = [];

  constructor(private readonly handlers: Map<string, Handler>) {}

  get sent(): number {
    return this.socketBytes;
  }
  addSent(n: number): void {
    this.socketBytes += n;
  }
  transition(to: ModemState): void {
    if (to !== this.state) this.log.push(`${this.state}->${to}`);
    this.state = to;
  }
  history(): string {
    return this.log.join(", ");
  }

  process(line: string): string[] {
    const out: string[] = this.echo ? [line] : [];
    try {
      const cmds = parseLine(line);
      for (const cmd of cmds) {
        const h = this.handlers.get(cmd.name);
        if (!h) throw new AtError(3, `unknown command ${cmd.name || "(none)"}`);
        const need = h.minState ?? ModemState.Off;
        if (ORDER.indexOf(this.state) < ORDER.indexOf(need)) throw new AtError(10, `${cmd.name} needs ${need}`);
        out.push(...h.run(this, cmd));
      }
      out.push("OK");
    } catch (e) {
      if (e instanceof AtError) out.push(`+CME ERROR: ${e.cme} (${e.message})`);
      else out.push("ERROR");
    }
    return out;
  }
}

function num(s: string | undefined, lo: number, hi: number): number {
  const n = Number(s);
  if (s === undefined || s === "" || !Number.isInteger(n) || n < lo || n > hi) throw new AtError(50, `bad parameter ${s}`);
  return n;
}

const table = new Map<string, Handler>();
table.set("", { run: () => [] });
table.set("E", { run: (m, c) => { m.echo = num(c.args[0], 0, 1) === 1; return []; } });
table.set("Z", { run: (m) => { m.transition(ModemState.Off); m.echo = true; return []; } });
table.set("+CFUN", {
  run(m, c) {
    if (c.form === "read") return [`+CFUN: ${m.state === ModemState.Off ? 0 : 1}`];
    if (c.form === "test") return ["+CFUN: (0,1)"];
    const [mode] = c.args;
    m.transition(num(mode, 0, 1) === 1 ? ModemState.NeedPin : ModemState.Off);
    return [];
  },
});
table.set("+CPIN", {
  minState: ModemState.NeedPin,
  run(m, { form, args }) {
    if (form === "read") return [`+CPIN: ${m.state === ModemState.NeedPin ? "SIM PIN" : "READY"}`];
    if (m.pinTries === 0) throw new AtError(12, "SIM PUK required");
    if (args[0] !== "1234") {
      m.pinTries--;
      throw new AtError(16, `incorrect password, ${m.pinTries} left`);
    }
    m.pinTries = 3;
    m.transition(ModemState.Ready);
    return [];
  },
});
table.set("+CREG", {
  minState: ModemState.Ready,
  run(m, c) {
    if (c.form === "read") return [`+CREG: 0,${m.state === ModemState.Ready ? 2 : 1}`];
    m.transition(ModemState.Registered);
    return ["+CREG: 1"];
  },
});
table.set("+CSQ", {
  run(m) {
    const dbm = -113 + m.rssi * 2;
    m.rssi = (m.rssi * 7 + 3) % 32;
    return [`+CSQ: ${m.rssi},99`, `// ${dbm} dBm`];
  },
});
table.set("+QIOPEN", {
  minState: ModemState.Registered,
  run(m, { args: [ctx, id, proto, host, port = "80"] }) {
    if (proto !== "TCP" && proto !== "UDP") throw new AtError(50, `protocol ${proto}`);
    m.transition(ModemState.Connected);
    return [`+QIOPEN: ${num(ctx, 1, 16)},${num(id, 0, 11)}`, `// ${proto} ${host}:${num(port, 1, 65535)}`];
  },
});
table.set("+QISEND", {
  minState: ModemState.Connected,
  run(m, c) {
    const payload = c.args.slice(1).join(",");
    m.addSent(payload.length);
    return [`SEND OK ${payload.length}`, `+QISEND: ${m.sent}`];
  },
});

function main(): void {
  const modem = new Modem(table);
  const script = [
    "AT",
    "ATE0",
    "AT+CFUN?",
    "AT+CPIN=1234",
    "AT+CFUN=1",
    "AT+CPIN?",
    "AT+CPIN=0000",
    "AT+CPIN=1111",
    "at+cpin=1234",
    "AT+CREG?;+CSQ",
    "AT+CREG=1;+CSQ;+CSQ",
    'AT+QIOPEN=1,0,"TCP","telemetry.example.net",8883',
    'AT+QISEND=0,"temp=21.5,hum=40"',
    "AT+QISEND=0,hello",
    'AT+QIOPEN=1,0,"SCTP","x"',
    "AT+CFUN=?",
    "AT+CFUN=7",
    'AT+QISEND=0,"oops',
    "AT+XYZ",
    "HELLO",
    "ATE1V1",
    "ATZ",
    "AT+CSQ",
  ];
  let okCount = 0;
  let errCount = 0;
  script.forEach((line, i) => {
    const resp = modem.process(line);
    const last = resp[resp.length - 1];
    if (last === "OK") okCount++;
    else errCount++;
    console.log(`> ${line}`);
    for (const r of resp) console.log(`  ${r}`);
    if (i % 6 === 5) console.log(`  [state ${modem.state} echo=${modem.echo} tries=${modem.pinTries}]`);
  });
  console.log("ok", okCount, "errors", errCount, "sent", modem.sent);
  console.log("history:", modem.history());
  const parsed = parseLine("ATE0V1;+CMGS=\"+4912345\",145;+COPS?;+CGDCONT=?");
  console.log(parsed.map(({ name, form, args }) => `${name}/${form}/${args.length}:${args.join("|")}`).join("  "));
}

main();
