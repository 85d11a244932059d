// Turn the addresses in a crash report (sdk/kernel/crash.c: "*** CRASH", pc,
// registers, return addresses found on the stack) into the functions they are
// in, down to TypeScript file:line: addr2line reads the ELF's DWARF (C function,
// inlined callers included), and gen/<name>.debug.json (codegen/debug-map.js)
// says where each generated C function came from in TypeScript.

import fs from 'node:fs';
import path from 'node:path';

import { run } from '../../codegen/toolchain.js';

const REPORT_START = /^\*\*\* CRASH: (.*)$/;
const REPORT_END = /^\*\*\* halted/;

/** The addresses of one report's lines: pc (where it stopped), lr/ra and stack values (return addresses). */
export function reportAddresses(lines) {
  const found = [];
  for (const line of lines) {
    const pc = /^\s+pc\s+0x([0-9a-f]+)\s*$/i.exec(line);
    if (pc) found.push({ label: 'pc', value: BigInt(`0x${pc[1]}`), returns: false });
    for (const m of line.matchAll(/\b(lr|ra)\s+0x([0-9a-f]+)/gi)) found.push({ label: m[1], value: BigInt(`0x${m[2]}`), returns: true });
    const stack = /^\s+(?:stack\s+)?((?:0x[0-9a-f]+\s*)+)$/i.exec(line);
    if (stack && /^\s+(stack\s|\s{6})/.test(line)) {
      for (const m of stack[1].matchAll(/0x([0-9a-f]+)/gi)) found.push({ label: 'stack', value: BigInt(`0x${m[1]}`), returns: true });
    }
  }
  return found;
}

/**
 * @param {object} opts
 * @param {string} opts.elf the firmware that crashed
 * @param {string} opts.addr2line the target's addr2line
 * @param {string} [opts.cwd] paths are printed relative to it
 */
export function crashDecoder({ elf, addr2line, cwd = process.cwd() }) {
  const debugFile = path.join(path.dirname(elf), 'gen', `${path.basename(elf, '.elf')}.debug.json`);
  const functions = fs.existsSync(debugFile) ? JSON.parse(fs.readFileSync(debugFile, 'utf8')).functions : {};
  const rel = (f) => (path.isAbsolute(f) ? path.relative(cwd, f) || f : f);

  /** One frame of addr2line's answer, described: TypeScript where we know it, else C. */
  function describe({ fn: symbol, where }) {
    const fn = symbol.replace(/\.(part|constprop|isra|cold|lto_priv)(\.\d+)?/g, ''); // GCC's clones of a function
    const info = functions[fn];
    if (info?.file) {
      const name = info.name === '#main' ? 'top level' : info.name.startsWith('#anonymous') ? 'anonymous function' : info.name;
      return { text: `${name} (${rel(info.file)}:${info.line}:${info.column})`, ts: true, file: info.file, line: info.line };
    }
    if (info) return { text: `${info.name} (a Porffor built-in)`, ts: false };
    if (fn === '??') return null;
    const [file, line] = where.split(':');
    return { text: `${fn} (${file === '??' ? 'no line information' : `${rel(file)}:${line.replace(/\s.*$/, '')}`})`, ts: false };
  }

  /** @returns {Promise<{ label: string, value: bigint, frames: object[] }[]>} */
  async function decode(addresses) {
    if (!addresses.length) return [];
    const looked = addresses.map((a) => (a.returns ? (a.value & ~1n) - 1n : a.value));
    const { out } = await run(addr2line, ['-a', '-f', '-i', '-e', elf, ...looked.map((v) => `0x${v.toString(16)}`)]);
    const groups = [];
    for (const line of out.split('\n').filter(Boolean)) {
      if (/^0x[0-9a-f]+$/i.test(line)) groups.push([]);
      else groups.at(-1)?.push(line);
    }
    return addresses.map((a, i) => {
      const lines = groups[i] ?? [];
      const frames = [];
      for (let k = 0; k + 1 < lines.length; k += 2) {
        if (/^hxw_f\d+__indirect_/.test(lines[k])) continue; // Porffor's call_indirect trampolines: noise
        const d = describe({ fn: lines[k], where: lines[k + 1] });
        if (d) frames.push(d);
      }
      return { ...a, frames };
    });
  }

  /** The lines to print after a report: each address and the functions (innermost first) it is in. */
  async function explain(reportLines) {
    const decoded = (await decode(reportAddresses(reportLines))).filter((d) => d.frames.length);
    if (!decoded.length) return [];
    const width = Math.max(...decoded.map((d) => d.value.toString(16).length));
    const lines = ['    where (innermost first; stack values are return addresses left on the stack):'];
    for (const d of decoded) {
      d.frames.forEach((f, k) => {
        const first = `      ${d.label.padEnd(5)} 0x${d.value.toString(16).padStart(width, '0')}  `;
        const head = k === 0 ? first : ' '.repeat(first.length);
        lines.push(`${head}${k ? 'inlined in ' : ''}${f.text}`);
      });
    }
    const ts = decoded.flatMap((d) => d.frames).find((f) => f.ts && !f.file.includes(`${path.sep}sdk${path.sep}`));
    if (ts) lines.push(`    in your code: ${ts.text}`);
    return lines;
  }

  return { decode, explain };
}

/**
 * Wraps a console stream: passes every chunk through unchanged and, after each crash report's last line, adds the
 * decoded locations. Returns push(chunk) and flush().
 */
export function crashAnnotator(decoder, write) {
  let pending = '';
  let report = null;
  let chain = Promise.resolve();
  const onLine = (line) => {
    const text = line.replace(/\r$/, '');
    if (REPORT_START.test(text)) report = [];
    if (report) report.push(text);
    if (report && REPORT_END.test(text)) {
      const lines = report;
      report = null;
      chain = chain.then(() => decoder.explain(lines).then((extra) => {
        if (extra.length) write(`${extra.join('\n')}\n`);
      }, (e) => write(`    (the crash addresses could not be decoded: ${e.message}${e.stderr ? `: ${e.stderr.trim()}` : ''})\n`)));
    }
  };
  return {
    /** The board's bytes go out exactly as they came (they need not be text); reports are found in a 1:1 reading. */
    push(bytes) {
      chain = chain.then(() => write(bytes));
      pending += typeof bytes === 'string' ? bytes : bytes.toString('latin1');
      const lines = pending.split('\n');
      pending = lines.pop().slice(-4096); // a stream without newlines must not grow without bound
      lines.forEach(onLine);
    },
    flush: () => chain,
  };
}

