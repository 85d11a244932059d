// Differential testing of the Wasm->C translator: run the same exports with the
// same arguments in V8 (the oracle) and in our translated C compiled for the host,
// and compare the printed results, traps included.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { decodeModule } from '../../codegen/wasm/decode.js';
import { buildModuleIR } from '../../codegen/ir/build.js';
import { emitC } from '../../codegen/ir/emit-c.js';
import { runPasses } from '../../codegen/passes/index.js';
import { hostBuild } from './host-build.js';

const wabt = await createRequire(import.meta.url)('wabt')();

/** Assemble WAT text to a Wasm binary. */
export function wat(text) {
  const mod = wabt.parseWat('case.wat', text, { exceptions: true, multi_value: true, bulk_memory: true, simd: true });
  try {
    return mod.toBinary({}).buffer;
  } finally {
    mod.destroy();
  }
}

// Trap kinds, named the same on both sides.
const C_TRAPS = ['', 'unreachable', 'memory', 'div-zero', 'div-overflow', 'conversion', 'table-bounds', 'indirect',
  'indirect', 'uncaught', 'stack'];
function v8TrapKind(e) {
  if (e instanceof WebAssembly.Exception) return 'uncaught';
  const m = String(e.message);
  if (/unreachable/.test(m)) return 'unreachable';
  if (/memory access out of bounds/.test(m)) return 'memory';
  if (/(divide|remainder) by zero/.test(m)) return 'div-zero';
  if (/divide result unrepresentable/.test(m)) return 'div-overflow';
  if (/float unrepresentable/.test(m)) return 'conversion';
  if (/table index is out of bounds/.test(m)) return 'table-bounds';
  if (/null function|signature mismatch/.test(m)) return 'indirect';
  return `unknown(${m})`;
}

const f32 = new DataView(new ArrayBuffer(4));
const f64 = new DataView(new ArrayBuffer(8));
function show(type, v) {
  switch (type) {
    case 'i32': return `${v | 0}`;
    case 'i64': return `${BigInt.asIntN(64, v)}`;
    case 'f32': if (Number.isNaN(v)) return 'nan'; f32.setFloat32(0, v); return `f32:${f32.getUint32(0).toString(16).padStart(8, '0')}`;
    case 'f64': if (Number.isNaN(v)) return 'nan'; f64.setFloat64(0, v); return `f64:${f64.getBigUint64(0).toString(16).padStart(16, '0')}`;
    default: throw new Error(type);
  }
}

function exportSig(mod, name) {
  const ex = mod.exports.find((e) => e.kind === 'func' && e.name === name);
  if (!ex) throw new Error(`no export ${name}`);
  const nImports = mod.imports.filter((i) => i.kind === 'func').length;
  return mod.types[mod.funcs[ex.index - nImports].type];
}

/** Results of each call under V8, one line per call. */
export function runInV8(bytes, calls) {
  const mod = decodeModule(bytes);
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  return calls.map(([name, args]) => {
    const sig = exportSig(mod, name);
    try {
      const r = inst.exports[name](...args.map((a, i) => (sig.params[i] === 'i64' ? BigInt(a) : a)));
      const vals = sig.results.length > 1 ? r : sig.results.length ? [r] : [];
      return vals.map((v, i) => show(sig.results[i], v)).join(' ') || 'ok';
    } catch (e) {
      return `trap ${v8TrapKind(e)}`;
    }
  });
}

function cLiteral(type, v) {
  switch (type) {
    case 'i32': return `(uint32_t)${BigInt.asUintN(32, BigInt(v))}u`;
    case 'i64': return `(uint64_t)${BigInt.asUintN(64, BigInt(v))}ull`;
    case 'f32': case 'f64': {
      if (Number.isNaN(v)) return `(${type === 'f32' ? 'float' : 'double'})__builtin_nan("")`;
      if (!Number.isFinite(v)) return `${v < 0 ? '-' : ''}__builtin_inf()`;
      return Object.is(v, -0) ? '-0.0' : `${v.toExponential(20)}`;
    }
    default: throw new Error(type);
  }
}

const C_PRINT = {
  i32: (x) => `printf("%d", (int32_t)${x});`,
  i64: (x) => `printf("%lld", (long long)(int64_t)${x});`,
  f32: (x) => `{ float v_ = ${x}; if (v_ != v_) printf("nan"); else printf("f32:%08x", hx_bits_f32(v_)); }`,
  f64: (x) => `{ double v_ = ${x}; if (v_ != v_) printf("nan"); else printf("f64:%016llx", (unsigned long long)hx_bits_f64(v_)); }`,
};

/** Results of each call in translated C built for the host. */
export function runTranslated(bytes, calls, dir) {
  const mod = decodeModule(bytes);
  const funcs = runPasses(buildModuleIR(mod));
  const cName = (name) => `test_${name.replace(/\W/g, '_')}`;
  const exportNames = Object.fromEntries(mod.exports.filter((e) => e.kind === 'func').map((e) => [e.name, cName(e.name)]));
  const c = emitC(mod, funcs, { importBindings: {}, exports: exportNames });
  const body = calls.map(([name, args]) => {
    const sig = exportSig(mod, name);
    const call = `${cName(name)}(${args.map((a, i) => cLiteral(sig.params[i], a)).join(', ')})`;
    let use;
    if (sig.results.length === 0) use = `${call}; printf("ok");`;
    else if (sig.results.length === 1) use = C_PRINT[sig.results[0]](call);
    else use = `__auto_type r_ = ${call}; ${sig.results.map((t, i) => `${i ? 'printf(" "); ' : ''}${C_PRINT[t](`r_.v${i}`)}`).join(' ')}`;
    return `  hx_handler_top = 0;\n  if (hx_setjmp(trap_jb) == 0) { ${use} } else printf("trap %s", trap_names[trap_reason]);\n  printf("\\n");`;
  });
  const driver = `${c}
#include <stdio.h>
static hx_jmp_buf trap_jb;
static int trap_reason;
static const char *const trap_names[] = { ${C_TRAPS.map((t) => JSON.stringify(t)).join(', ')} };
void hx_trap(int reason) { trap_reason = reason; hx_longjmp(trap_jb, 1); }
int main(void) {
  hxw_init();
${body.join('\n')}
  return 0;
}
`;
  const src = path.join(dir, 'case.c');
  fs.writeFileSync(src, driver);
  const exe = hostBuild({ sources: [src], kernel: ['wasm_rt.c'], out: path.join(dir, 'case') });
  const r = spawnSync(exe, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`translated program failed (${r.status}): ${r.stderr}`);
  return r.stdout.split('\n').slice(0, calls.length);
}
