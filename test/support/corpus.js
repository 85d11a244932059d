// The differential corpus: every program in test/corpus/ runs under Node (the
// oracle, at test time) and as compiled firmware on each board; a program either
// agrees byte for byte (stdout and exit status), is refused at build time with a
// clear error, or differs, which is a bug.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildFirmware, compileToC } from '../../codegen/build.js';
import { BuildError } from '../../codegen/diagnostics.js';
import { limiter } from '../../codegen/toolchain.js';
import { loadBoard } from '../../sdk/board/load.js';
import { runQemu } from '../../sdk/qemu/run.js';
import { SLOT_BYTES } from '../../codegen/porffor-options.js';
import { MATH_FUNCTIONS } from '../../codegen/libm.js';
import { decodeModule } from '../../codegen/wasm/decode.js';
import { runUnderNode } from './cli.js';
import { hostExecutable, runHostApp } from './host-app.js';
import { tempDir } from './host-build.js';
import { TEST_DIR } from './paths.js';

export const CORPUS_DIR = path.join(TEST_DIR, 'corpus');
export const HOST = 'host';
/** Porffor's Wasm run by V8 with the host functions written in JavaScript: separates front-end bugs from translator bugs. */
export const V8 = 'v8';

/** The realistic corpus (test/realistic/): firmware-style programs of 100-300 lines, run with the boards' own arenas. */
export const REALISTIC_DIR = path.join(TEST_DIR, 'realistic');

/**
 * Every program under `root`: `<name>.ts`, `<name>/main.ts` for several modules, and the same one
 * level down in category directories (`<category>/<name>.ts`). The id is the path without `.ts`.
 * @param {string} [filter] a regular expression matched against program ids
 * @param {string} [root] CORPUS_DIR unless given
 */
export function listPrograms(filter, root = CORPUS_DIR) {
  const out = [];
  const wanted = filter ? new RegExp(filter) : null;
  const walk = (dir, prefix, depth) => {
    for (const f of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, f);
      const id = `${prefix}${f.replace(/\.ts$/, '')}`;
      if (fs.statSync(full).isDirectory()) {
        const main = path.join(full, 'main.ts');
        if (fs.existsSync(main)) {
          if (!wanted || wanted.test(id)) out.push({ id, entry: main });
        } else if (depth === 0) {
          walk(full, `${id}/`, 1);
        }
      } else if (f.endsWith('.ts') && !f.endsWith('.d.ts') && (!wanted || wanted.test(id))) {
        out.push({ id, entry: full });
      }
    }
  };
  walk(root, '', 0);
  return out;
}

/** What Node prints; an uncaught Error becomes the line the firmware prints for it. */
export async function expectedOutput(entry) {
  const r = await runUnderNode(entry);
  let stdout = r.stdout;
  if (r.status !== 0) {
    const thrown = /^(\w*Error)(?:: (.*))?$/m.exec(r.stderr);
    stdout += thrown ? `Uncaught ${thrown[1]}${thrown[2] ? `: ${thrown[2]}` : ''}\n` : '';
  }
  return { stdout, status: r.status };
}

/**
 * GCC's optimisation level for a program's C on a board. Compiling hundreds of
 * programs at the boards' own level (-O2) is most of the corpus's time; -Og
 * (optimised, without the costly passes) takes half as long and has the same
 * meaning for C without undefined behaviour. Each program is still built exactly
 * as `helix-sdk build` builds it on one of the boards, in turn, so every program
 * and every board is checked at the shipped level too.
 * @returns {string|undefined} undefined: the board's own flags
 */
export function corpusOptimize(programIndex, boardIndex, boardCount) {
  return programIndex % boardCount === boardIndex ? undefined : '-Og';
}

/** Run one program (its Wasm and C) on one board; resolves to { stdout, status }. */
async function runProgram({ c, wasm, importNames, staticBytes }, id, boardName, work, appOptimize) {
  const name = id.replace(/[^A-Za-z0-9]+/g, '_');
  if (boardName === V8) return runWasmInV8(wasm, importNames, staticBytes);
  if (boardName === HOST) {
    const exe = await hostExecutable(c);
    const r = await runHostApp(exe, { timeout: 60 });
    return { stdout: r.stdout, status: r.status };
  }
  const board = work.boards[boardName];
  const src = path.join(work.dir, boardName, `${name}.c`);
  fs.mkdirSync(path.dirname(src), { recursive: true });
  fs.writeFileSync(src, c);
  // without debug info: GCC generates the same code, 30 % faster (buildFirmware)
  const fw = await buildFirmware({ board, name, appSources: [src], outDir: path.join(work.dir, boardName), appDebugInfo: false, appOptimize });
  const chunks = [];
  const r = await runQemu(board, fw.elf, { timeout: 60, onOutput: (d) => chunks.push(d) });
  for (const f of [fw.elf, fw.bin, fw.map, src]) fs.rmSync(f, { force: true });
  return { stdout: Buffer.concat(chunks).toString('utf8'), status: r.status };
}

/**
 * The corpus measures language fidelity, not memory footprint: a board whose
 * arena is smaller than CORPUS_MIN_HEAP runs the corpus with that much (a board
 * file that extends it and changes nothing else). Memory limits have their own
 * tests (test/qemu.test.js).
 */
export const CORPUS_MIN_HEAP = 1024 * 1024;

function corpusBoard(name, dir) {
  const board = loadBoard(name);
  if (board.runtime.heap >= CORPUS_MIN_HEAP) return board;
  const file = path.join(dir, `${name}-corpus-arena.toml`);
  fs.writeFileSync(file, `extends = "${name}"\n[runtime]\nheap = "${CORPUS_MIN_HEAP / 1024}K"\n`);
  const raised = loadBoard(file);
  raised.name = name;
  return raised;
}

/**
 * Run the corpus.
 * @param {object} opts
 * @param {string[]} opts.boards board names, or 'host'
 * @param {string} [opts.filter] regular expression matched against program ids
 * @param {boolean} [opts.boardFlags] every program with the boards' own flags (not corpusOptimize's turns)
 * @param {string} [opts.dir] the programs' directory (CORPUS_DIR unless given)
 * @param {boolean} [opts.boardArena] run with each board's own arena instead of at least CORPUS_MIN_HEAP
 * @param {Record<string, string[]>} [opts.minimalFlagsOn] board -> programs compiled at -Og there, left out of
 *   corpusOptimize's turns: they are known to stop at that board's memory limit, which GCC's level does not move
 *   (the heap is the program's); their turn at the board's own flags is on another board
 * @param {(line: string) => void} [opts.log]
 * @returns {Promise<{ results: object[], summary: Record<string, { agree: number, refused: number, differ: number }>,
 *   programs: number, opcodes: Set<string> }>}
 */
export async function runCorpus({ boards, filter, boardFlags = false, dir = CORPUS_DIR, boardArena = false, minimalFlagsOn = {}, log = () => {} }) {
  const programs = listPrograms(filter, dir);
  const work = { dir: tempDir('helix-corpus-'), boards: {} };
  for (const b of boards) if (b !== HOST && b !== V8) work.boards[b] = boardArena ? loadBoard(b) : corpusBoard(b, work.dir);

  // Kernel objects are shared by every program of a board: build them once, up front.
  const warm = programs[0] && boards.filter((b) => b !== HOST && b !== V8);
  if (warm?.length) {
    const probe = path.join(work.dir, 'probe.c');
    fs.writeFileSync(probe, '#include "app.h"\nvoid hx_app_init(void) {}\nvoid hx_app_main(void) {}\nvoid hx_app_report_uncaught(void) {}\n');
    await Promise.all(warm.map((b) => buildFirmware({ board: work.boards[b], name: 'probe', appSources: [probe], outDir: path.join(work.dir, b) })));
  }

  const results = [];
  // Programs compile one after another in this process while earlier ones build and run on every core.
  const gate = limiter(Math.max(1, os.cpus().length));
  const runs = [];
  const opcodes = new Set(); // every instruction Porffor emitted for the corpus
  const qemuBoards = boards.filter((b) => b !== HOST && b !== V8);
  let built = 0; // programs that compiled: they take the boards' own flags in turn
  for (const p of programs) {
    const turns = qemuBoards.filter((b) => !minimalFlagsOn[b]?.includes(p.id));
    const expected = await expectedOutput(p.entry);
    let compiled;
    try {
      compiled = await compileToC(p.entry);
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      for (const b of boards) results.push({ id: p.id, board: b, outcome: 'refused', reason: e.format().split('\n')[0] });
      log(`${p.id}: refused: ${e.format().split('\n')[0]}`);
      continue;
    }
    for (const f of decodeModule(compiled.wasm).funcs) for (const ins of f.body) opcodes.add(ins.op.name);
    const index = built++;
    for (const b of boards) {
      const optimize = !qemuBoards.includes(b) || boardFlags ? undefined
        : turns.includes(b) ? corpusOptimize(index, turns.indexOf(b), turns.length) : '-Og';
      runs.push(gate(async () => {
        let got;
        try {
          got = await runProgram(compiled, p.id, b, work, optimize);
        } catch (e) {
          got = { stdout: '', status: `build failed: ${e.message}` };
        }
        const agree = got.stdout === expected.stdout && got.status === expected.status;
        const r = { id: p.id, board: b, outcome: agree ? 'agree' : 'differ', expected, got, optimize: optimize ?? 'board' };
        if (!agree) r.reason = `${describeDifference(expected, got)} (C compiled with ${optimize ?? "the board's flags"})`;
        results.push(r);
        log(`${p.id} on ${b}: ${r.outcome}${r.reason ? `: ${r.reason}` : ''}`);
      }));
    }
  }
  await Promise.all(runs);

  const summary = {};
  for (const b of boards) {
    const mine = results.filter((r) => r.board === b);
    summary[b] = Object.fromEntries(['agree', 'refused', 'differ'].map((k) => [k, mine.filter((r) => r.outcome === k).length]));
  }
  return { results, summary, programs: programs.length, opcodes };
}

function describeDifference(expected, got) {
  if (got.status !== expected.status) {
    return `exit ${got.status}, Node ${expected.status}; output ${JSON.stringify(got.stdout.slice(-200))}`;
  }
  const a = expected.stdout.split('\n');
  const b = got.stdout.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  return `line ${i + 1}: Node ${JSON.stringify(a[i])}, firmware ${JSON.stringify(b[i])}`;
}

/** The report line the issue asks for. */
export function summaryLine(board, s) {
  return `${board}: ${s.agree} agree, ${s.refused} refused at build time, ${s.differ} differ`;
}

class TooLong extends Error {
  constructor(kind) {
    super(`${kind} TOO LONG`);
    this.report = `\n*** ${kind} TOO LONG\n`;
  }
}

/**
 * Run Porffor's Wasm in V8 with JavaScript versions of the SDK host functions.
 * The heap is a bump allocator from `staticBytes` up, growing memory as needed
 * (V8 has no board arena).
 */
export function runWasmInV8(wasm, importNames, staticBytes) {
  const mod = new WebAssembly.Module(wasm);
  const out = [];
  let high = 0;
  const unit = (u) => {
    if (high) {
      const h = high;
      high = 0;
      if (u >= 0xdc00 && u <= 0xdfff) { out.push(String.fromCharCode(h, u)); return; }
      out.push('\ufffd');
    }
    if (u >= 0xd800 && u <= 0xdbff) high = u;
    else out.push(u >= 0xdc00 && u <= 0xdfff ? '\ufffd' : String.fromCharCode(u));
  };
  const flush = () => { if (high) { high = 0; out.push('\ufffd'); } };
  let formatted = '';
  let parsing = null;
  const setFormatted = (s) => { formatted = s; return s.length; };
  const impl = {
    print: (x) => out.push(Object.is(x, -0) ? '-0' : String(x)),
    printChar: unit,
    time: () => 0,
    timeOrigin: () => 0,
    __hx_putc: unit,
    __hx_print_number: (x) => out.push(Object.is(x, -0) ? '-0' : String(x)),
    __hx_end_string: flush,
    __hx_read_byte: () => 10,
    __hx_fmt_number: (x) => setFormatted(String(x)),
    __hx_fmt_fixed: (x, f) => setFormatted(x.toFixed(f)),
    __hx_fmt_exponential: (x, f) => setFormatted(f < 0 ? x.toExponential() : x.toExponential(f)),
    __hx_fmt_precision: (x, p) => setFormatted(x.toPrecision(p)),
    __hx_fmt_char: (i) => formatted.charCodeAt(i) || 0,
    __hx_fmt_radix: (x, r) => setFormatted(x.toString(r)),
    // string -> number (sdk/kernel/numfmt.c), answered by this Node
    __hx_parse_begin: (kind, radix) => { parsing = { kind, radix, s: '' }; },
    __hx_parse_unit: (u) => { parsing.s += String.fromCharCode(u); return 1; },
    __hx_parse_end: () => {
      const { kind, radix, s } = parsing;
      return kind === 0 ? Number(s) : kind === 1 ? parseFloat(s) : parseInt(s, radix);
    },
    __hx_fmod: (a, b) => a % b,
    // the kernel's case tables (sdk/kernel/casemap.c), answered by this Node
    __hx_case_map: (cp, upper) => {
      const s = String.fromCodePoint(cp);
      const m = [...(upper ? s.toUpperCase() : s.toLowerCase())].map((c) => c.codePointAt(0));
      if (m.length === 1) return m[0];
      expansions.push(m);
      return -expansions.length;
    },
    __hx_case_special: (upper, id, k) => expansions[-id - 1][k] ?? -1,
  };
  const expansions = [];
  // The kernel heap's behaviour (sdk/kernel/heap.c): 4-byte size headers, in-place growth of the newest block.
  let heapNext = (staticBytes + 3) & ~3;
  let lastBlock = 0;
  const view = () => new DataView(inst.exports.$.buffer);
  const ensure = (end) => {
    const memory = inst.exports.$;
    const missing = end - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  };
  impl.__hx_alloc = (bytes) => {
    const size = (bytes + 3) & ~3;
    const at = heapNext + 4;
    heapNext = at + size;
    ensure(heapNext);
    view().setUint32(at - 4, size, true);
    lastBlock = at;
    return at;
  };
  const reserve = (kind, at, need) => {
    const capacity = at < staticBytes ? SLOT_BYTES - (at % SLOT_BYTES) : view().getUint32(at - 4, true);
    if (need <= capacity) return 0;
    if (at !== lastBlock) throw new TooLong(kind);
    const grown = (Math.max(capacity * 2, need) + 3) & ~3;
    ensure(at + grown);
    view().setUint32(at - 4, grown, true);
    heapNext = at + grown;
    return 0;
  };
  impl.__hx_array_reserve = (array, index) => reserve('ARRAY', array, 4 + (index + 1) * 9);
  impl.__hx_object_reserve = (object, size) => reserve('OBJECT', object, 8 + (size + 1) * 18);
  impl.__hx_string_reserve = (string, length) => reserve('STRING', string, 4 + length);
  for (const { js } of MATH_FUNCTIONS) impl[`__hx_math_${js}`] = Math[js];
  const imports = {};
  for (const [field, name] of Object.entries(importNames)) imports[field] = impl[name];
  const inst = new WebAssembly.Instance(mod, { '': imports });
  let status = 0;
  try {
    inst.exports.m();
  } catch (e) {
    if (e instanceof WebAssembly.Exception && inst.exports.__hx_uncaught) {
      const tag = inst.exports['0'];
      try { inst.exports.__hx_uncaught(0, 0, 0, 0, e.getArg(tag, 0), e.getArg(tag, 1)); } catch { /* reported below */ }
      status = 1;
    } else if (e instanceof TooLong) {
      out.push(e.report);
      status = 1;
    } else {
      out.push(`\n*** CRASH: ${e.message}\n`);
      status = 3;
    }
  }
  flush();
  return { stdout: out.join(''), status };
}
