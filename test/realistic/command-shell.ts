// Debug console of a board-bring-up firmware: a line-oriented shell with a tokenizer that
// understands single/double quotes and backslash escapes, a command table (Map of name ->
// handler object), generated help text, typed option parsing (--flag, --key=value, -v),
// and error reporting with distinct exit codes.

const enum Exit {
  Ok = 0,
  Usage = 2,
  NotFound = 127,
  Failed = 1,
}
class ShellError extends Error {
  constructor(message: string, readonly exit: Exit) {
    super(message);
    this.name = "ShellError";
  }
}

class TokenizeError extends ShellError {
  constructor(message: string, readonly column: number) {
    super(`${message} at column ${column}`, Exit.Usage);
    this.name = "TokenizeError";
  }
}

function tokenize(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inToken = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        quote = null;
      } else if (c === "\\" && quote === '"' && i + 1 < line.length) {
        const n = line[++i];
        cur += n === "n" ? "\n" : n === "t" ? "\t" : n;
      } else {
        cur += c;
      }
      continue;
    }
    switch (c) {
      case " ":
      case "\t":
        if (inToken) {
          out.push(cur);
          cur = "";
          inToken = false;
        }
        break;
      case '"':
      case "'":
        quote = c;
        inToken = true;
        break;
      case "\\":
        if (i + 1 >= line.length) throw new TokenizeError("dangling escape", i + 1);
        cur += line[++i];
        inToken = true;
        break;
      case "#":
        if (!inToken) i = line.length; // comment to end of line
        else cur += c;
        break;
      default:
        cur += c;
        inToken = true;
    }
  }
  if (quote) throw new TokenizeError(`unterminated ${quote === '"' ? "double" : "single"} quote`, line.length);
  if (inToken) out.push(cur);
  return out;
}

interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

function parseArgs(args: readonly string[]): ParsedArgs {
  const res: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  let onlyPositional = false;
  for (const a of args) {
    if (onlyPositional || !a.startsWith("-") || a === "-") {
      res.positional.push(a);
    } else if (a === "--") {
      onlyPositional = true;
    } else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) res.options.set(a.slice(2, eq), a.slice(eq + 1));
      else res.flags.add(a.slice(2));
    } else {
      for (const ch of a.slice(1)) res.flags.add(ch);
    }
  }
  return res;
}

function parseNumber(text: string, what: string): number {
  const v = text.startsWith("0x") ? parseInt(text.slice(2), 16) : Number(text);
  if (!Number.isFinite(v)) throw new ShellError(`${what}: not a number: '${text}'`, Exit.Usage);
  return v;
}

interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: ParsedArgs, sh: Shell): Exit;
}

class Shell {
  private readonly commands = new Map<string, Command>();
  readonly env = new Map<string, string>([["PROMPT", "bringup> "], ["BOARD", "rev-c"]]);
  readonly mem = new Uint8Array(256);
  history: string[] = [];
  lastExit: Exit = Exit.Ok;

  register(...cmds: Command[]): void {
    for (const c of cmds) this.commands.set(c.name, c);
  }
  get names(): string[] {
    return [...this.commands.keys()].sort();
  }
  lookup(name: string): Command | undefined {
    return this.commands.get(name);
  }

  expand(tok: string): string {
    // $NAME and ${NAME}
    let out = "";
    for (let i = 0; i < tok.length; i++) {
      if (tok[i] !== "$") {
        out += tok[i];
        continue;
      }
      let j = i + 1;
      const braced = tok[j] === "{";
      if (braced) j++;
      let name = "";
      if (tok[j] === "?") name = tok[j++];
      else while (j < tok.length && ((tok[j] >= "A" && tok[j] <= "Z") || tok[j] === "_" || (tok[j] >= "0" && tok[j] <= "9"))) name += tok[j++];
      if (braced) j++;
      out += name === "?" ? String(this.lastExit) : this.env.get(name) ?? "";
      i = j - 1;
    }
    return out;
  }

  exec(line: string): Exit {
    this.history.push(line);
    let code: Exit;
    try {
      const tokens = tokenize(line).map((t) => this.expand(t));
      if (tokens.length === 0) return (this.lastExit = Exit.Ok);
      const [name, ...rest] = tokens;
      const cmd = this.commands.get(name);
      if (!cmd) throw new ShellError(`${name}: command not found`, Exit.NotFound);
      code = cmd.run(parseArgs(rest), this);
    } catch (e) {
      if (!(e instanceof ShellError)) throw e;
      console.log(`error: ${e.message} [${e.name}, exit ${e.exit}]`);
      code = e.exit;
    }
    this.lastExit = code;
    return code;
  }
}

const helpCmd: Command = {
  name: "help",
  usage: "help [command]",
  summary: "list commands or show usage",
  run({ positional }, sh) {
    if (positional.length > 0) {
      const c = sh.lookup(positional[0]);
      if (!c) throw new ShellError(`help: no such command '${positional[0]}'`, Exit.NotFound);
      console.log(`usage: ${c.usage}`);
      return Exit.Ok;
    }
    const width = sh.names.reduce((w, n) => Math.max(w, n.length), 0);
    for (const n of sh.names) console.log(`  ${n.padEnd(width)}  ${sh.lookup(n)!.summary}`);
    return Exit.Ok;
  },
};

class EchoCommand implements Command {
  readonly name = "echo";
  readonly usage = "echo [-n] [-u] words...";
  readonly summary = "print arguments";
  run(a: ParsedArgs): Exit {
    let text = a.positional.join(" ");
    if (a.flags.has("u")) text = text.toUpperCase();
    console.log(a.flags.has("n") ? JSON.stringify(text) : text);
    return Exit.Ok;
  }
}

class MemCommand implements Command {
  readonly name = "mem";
  readonly usage = "mem read ADDR [--len=N] | mem write ADDR BYTE... | mem fill --value=V";
  readonly summary = "inspect or modify the scratch RAM";
  run({ positional: [op, addrText, ...bytes], options }: ParsedArgs, sh: Shell): Exit {
    switch (op) {
      case "read": {
        const addr = parseNumber(addrText ?? "", "address");
        const len = parseNumber(options.get("len") ?? "16", "len");
        if (addr < 0 || addr + len > sh.mem.length) throw new ShellError(`mem: range 0x${addr.toString(16)}+${len} out of bounds`, Exit.Failed);
        for (let row = addr; row < addr + len; row += 8) {
          const cells: string[] = [];
          for (let k = row; k < Math.min(row + 8, addr + len); k++) cells.push(sh.mem[k].toString(16).padStart(2, "0"));
          console.log(`${row.toString(16).padStart(4, "0")}: ${cells.join(" ")}`);
        }
        return Exit.Ok;
      }
      case "write": {
        const addr = parseNumber(addrText ?? "", "address");
        bytes.forEach((b, i) => (sh.mem[addr + i] = parseNumber(b, "byte") & 0xff));
        console.log(`wrote ${bytes.length} byte(s) at 0x${addr.toString(16)}`);
        return Exit.Ok;
      }
      case "fill":
        sh.mem.fill(parseNumber(options.get("value") ?? "0", "value"));
        return Exit.Ok;
      default:
        throw new ShellError(`usage: ${this.usage}`, Exit.Usage);
    }
  }
}

class SetCommand implements Command {
  readonly name = "set";
  readonly usage = "set [NAME=VALUE]...";
  readonly summary = "show or change variables";
  run({ positional }: ParsedArgs, sh: Shell): Exit {
    if (positional.length === 0) {
      [...sh.env.keys()].sort().forEach((k) => console.log(`${k}=${JSON.stringify(sh.env.get(k))}`));
      return Exit.Ok;
    }
    for (const p of positional) {
      const eq = p.indexOf("=");
      if (eq <= 0) throw new ShellError(`set: bad assignment '${p}'`, Exit.Usage);
      sh.env.set(p.slice(0, eq), p.slice(eq + 1));
    }
    return Exit.Ok;
  }
}

class HistoryCommand implements Command {
  readonly name = "history";
  readonly usage = "history [--last=N]";
  readonly summary = "show previous commands";
  run({ options }: ParsedArgs, sh: Shell): Exit {
    const n = parseNumber(options.get("last") ?? String(sh.history.length), "last");
    sh.history.slice(-n).forEach((h, i, arr) => console.log(`${String(sh.history.length - arr.length + i + 1).padStart(3)}  ${h}`));
    return Exit.Ok;
  }
}

function main(): void {
  const sh = new Shell();
  sh.register(helpCmd, new EchoCommand(), new MemCommand(), new SetCommand(), new HistoryCommand());
  const script = [
    "help",
    "echo hello   world",
    `echo "quoted  spaces" 'single $BOARD' "board=$BOARD" -- -n`,
    `echo -nu "tab\\there" esc\\ aped # a comment`,
    "set LED=on NAME='x y'",
    "set",
    "echo ${LED}/${NAME}/$MISSING/end",
    "mem write 0x10 0xde 0xad 0xbe 0xef 255 256",
    "mem read 0x0e --len=12",
    "mem read 250 --len=16",
    "mem read zz",
    "mem frob",
    "echo last exit was $?",
    "flash erase",
    `echo "never closed`,
    "echo trailing\\",
    "help mem",
    "help nope",
    "mem fill --value=0x5a",
    "mem read 0 --len=4",
    "   # only a comment",
    "history --last=5",
  ];
  const codes: number[] = [];
  for (const line of script) {
    console.log(`${sh.env.get("PROMPT")}${line}`);
    codes.push(sh.exec(line));
  }
  console.log("exit codes", codes.join(","));
  console.log("failures", codes.filter((c) => c !== Exit.Ok).length, "of", codes.length, "last", sh.lastExit);
  console.log("tokens", tokenize(`a "b c" 'd"e' f\\ g ""`).map((t) => `[${t}]`).join(""));
}

main();
